package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.SourceLocation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementTest {

  private static final SourceLocation AT = SourceLocation.root();
  private static final Optional<ActionSpec> DECRYPT =
      Optional.of(new ActionSpec(List.of(ActionPattern.of("kms:Decrypt", AT)), AT));

  private static Statement statement(Optional<String> sid, Optional<ActionSpec> notAction) {
    return new Statement(
        sid,
        3,
        Effect.ALLOW,
        Optional.empty(),
        Optional.empty(),
        DECRYPT,
        notAction,
        Optional.empty(),
        Optional.empty(),
        List.of(),
        AT);
  }

  @Test
  void label_isTheSid() {
    assertThat(statement(Optional.of("AllowUse"), Optional.empty()).label()).isEqualTo("AllowUse");
  }

  @Test
  void labelWithoutSid_isTheIndex() {
    assertThat(statement(Optional.empty(), Optional.empty()).label()).isEqualTo("Statement[3]");
  }

  @Test
  void actionAndNotAction_cannotBothBePresent() {
    assertThatThrownBy(() -> statement(Optional.empty(), DECRYPT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Action or NotAction");
  }

  @Test
  void effect_isSpelledExactly() {
    assertThat(Effect.fromJson("Allow")).contains(Effect.ALLOW);
    assertThat(Effect.fromJson("Deny")).contains(Effect.DENY);
    assertThat(Effect.fromJson("allow")).isEmpty();
  }
}
