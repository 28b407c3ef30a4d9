package io.atrest.engine.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void advance_movesTimeForward() {
    VirtualClock clock = VirtualClock.startingAt(START);
    clock.advance(Duration.ofDays(365));
    assertThat(clock.instant()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
  }

  @Test
  void negativeAdvance_isRejected() {
    VirtualClock clock = VirtualClock.startingAt(START);
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void setToEarlierTime_isRejected() {
    VirtualClock clock = VirtualClock.startingAt(START);
    assertThatThrownBy(() -> clock.set(START.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is before the current time");
  }

  @Test
  void withZone_sharesTime() {
    VirtualClock clock = VirtualClock.startingAt(START);
    var paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofHours(1));
    assertThat(paris.instant()).isEqualTo(START.plusSeconds(3600));
    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
  }

  @Test
  void concurrentAdvances_allCount() throws InterruptedException {
    VirtualClock clock = VirtualClock.startingAt(START);
    Thread[] threads = new Thread[4];
    for (int t = 0; t < threads.length; t++) {
      threads[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 1000; i++) {
                  clock.advance(Duration.ofSeconds(1));
                }
              });
      threads[t].start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(4000));
  }
}
