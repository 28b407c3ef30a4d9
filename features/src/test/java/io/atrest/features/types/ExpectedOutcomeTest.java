package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedOutcomeTest {

  @Test
  void failsWith_carriesTheErrorCode() {
    assertThat(ExpectedOutcome.parse("fails with DisabledException"))
        .isEqualTo(new ExpectedOutcome.FailsWith("DisabledException"));
  }

  @Test
  void denials_distinguishTheirKind() {
    assertThat(ExpectedOutcome.parse("is denied"))
        .isEqualTo(new ExpectedOutcome.Denied(ExpectedOutcome.Denial.ANY));
    assertThat(ExpectedOutcome.parse("is explicitly denied"))
        .isEqualTo(new ExpectedOutcome.Denied(ExpectedOutcome.Denial.EXPLICIT));
    assertThat(ExpectedOutcome.parse("is implicitly denied"))
        .isEqualTo(new ExpectedOutcome.Denied(ExpectedOutcome.Denial.IMPLICIT));
  }

  @Test
  void allowedAndSucceeds_meanTheSame() {
    assertThat(ExpectedOutcome.parse("is allowed")).isEqualTo(ExpectedOutcome.parse("succeeds"));
  }

  @Test
  void unknownOutcome_isRejectedNamingIt() {
    assertThatThrownBy(() -> ExpectedOutcome.parse("works"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("works");
  }
}
