package io.atrest.serve.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine's clock in a running server: real time plus an offset that only grows, so that a
 * long-running server keeps time like the real services while {@code /_atrest/clock/advance} can
 * still make "seven days pass" instantly. It never reads earlier than it read before.
 */
public final class OffsetClock extends Clock {

  private final Clock real;
  private final AtomicReference<Duration> offset;
  private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

  public OffsetClock(Clock real, Duration initialOffset) {
    this.real = Objects.requireNonNull(real, "real");
    if (initialOffset.isNegative()) {
      throw new IllegalArgumentException("offset `" + initialOffset + "` must not be negative");
    }
    this.offset = new AtomicReference<>(initialOffset);
  }

  /** Moves the clock forward by {@code step}; returns the new time. */
  public Instant advance(Duration step) {
    if (step.isNegative()) {
      throw new IllegalArgumentException(
          "step `" + step + "` is negative: the clock only moves forward");
    }
    offset.updateAndGet(o -> o.plus(step));
    return instant();
  }

  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    Instant candidate = real.instant().plus(offset.get());
    return last.accumulateAndGet(candidate, (a, b) -> a.isAfter(b) ? a : b);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the engine clock is always UTC");
  }
}
