package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void days_areDays() {
    assertThat(Durations.parse("7 days")).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void singularUnit_isAccepted() {
    assertThat(Durations.parse("1 minute")).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aYear_is365Days() {
    assertThat(Durations.parse("a year")).isEqualTo(Duration.ofDays(365));
    assertThat(Durations.parse("2 years")).isEqualTo(Duration.ofDays(730));
  }

  @Test
  void unknownUnit_isRejectedNamingIt() {
    assertThatThrownBy(() -> Durations.parse("3 fortnights"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fortnights");
  }
}
