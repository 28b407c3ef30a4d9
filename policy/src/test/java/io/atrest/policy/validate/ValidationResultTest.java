package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.atrest.policy.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static Finding finding(Severity severity, int line, int column) {
    return new Finding(
        severity,
        FindingCode.UNKNOWN_ELEMENT,
        "message",
        new SourceLocation("/Statement/" + line, line, column));
  }

  @Test
  void findings_areSortedByLocation() {
    Finding late = finding(Severity.ERROR, 9, 1);
    Finding early = finding(Severity.WARNING, 2, 5);
    Finding sameLineEarlier = finding(Severity.WARNING, 2, 3);

    ValidationResult result =
        new ValidationResult("f", PolicyKind.KEY_POLICY, List.of(late, early, sameLineEarlier));

    assertThat(result.findings()).containsExactly(sameLineEarlier, early, late);
  }

  @Test
  void worst_isTheGravestSeverity() {
    ValidationResult result =
        new ValidationResult(
            "f",
            PolicyKind.KEY_POLICY,
            List.of(finding(Severity.SUGGESTION, 1, 1), finding(Severity.SECURITY_WARNING, 2, 1)));

    assertThat(result.worst()).contains(Severity.SECURITY_WARNING);
  }

  @Test
  void noFindings_hasNoWorstAndNeverFails() {
    ValidationResult result = new ValidationResult("f", PolicyKind.KEY_POLICY, List.of());

    assertThat(result.worst()).isEmpty();
    assertThat(result.fails(Severity.SUGGESTION)).isFalse();
  }

  @Test
  void fails_whenAFindingReachesTheThreshold() {
    ValidationResult result =
        new ValidationResult("f", PolicyKind.KEY_POLICY, List.of(finding(Severity.WARNING, 1, 1)));

    assertThat(result.fails(Severity.WARNING)).isTrue();
    assertThat(result.fails(Severity.SECURITY_WARNING)).isFalse();
  }

  @Test
  void autoKind_isRejectedInAResult() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationResult("f", PolicyKind.AUTO, List.of()))
        .withMessageContaining("AUTO");
  }

  @Test
  void findingWithoutMessage_isRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Finding(Severity.ERROR, FindingCode.INVALID_JSON, " ", SourceLocation.root()))
        .withMessageContaining("INVALID_JSON");
  }
}
