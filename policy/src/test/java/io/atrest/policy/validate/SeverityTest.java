package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeverityTest {

  @Test
  void severities_runFromGravestToMildest() {
    assertThat(Severity.values())
        .containsExactly(
            Severity.ERROR, Severity.SECURITY_WARNING, Severity.WARNING, Severity.SUGGESTION);
  }

  @ParameterizedTest
  @CsvSource({
    "error, ERROR",
    "security, SECURITY_WARNING",
    "warning, WARNING",
    "suggestion, SUGGESTION",
    "Security, SECURITY_WARNING"
  })
  void failOnName_namesItsSeverity(String name, Severity expected) {
    assertThat(Severity.fromFailOn(name)).isEqualTo(expected);
    assertThat(expected.failOnName()).isEqualToIgnoringCase(name);
  }

  @Test
  void unknownFailOnName_isRejectedNamingTheValueAndTheChoices() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Severity.fromFailOn("warn"))
        .withMessageContaining("`warn`")
        .withMessageContaining("error, security, warning, suggestion");
  }

  @Test
  void graverSeverity_reachesMilderThreshold() {
    assertThat(Severity.ERROR.reaches(Severity.WARNING)).isTrue();
    assertThat(Severity.SECURITY_WARNING.reaches(Severity.SECURITY_WARNING)).isTrue();
  }

  @Test
  void milderSeverity_doesNotReachGraverThreshold() {
    assertThat(Severity.WARNING.reaches(Severity.SECURITY_WARNING)).isFalse();
    assertThat(Severity.SUGGESTION.reaches(Severity.ERROR)).isFalse();
  }
}
