package io.atrest.engine.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to, so that "a year passes" is instant in a scenario. It is
 * thread-safe: {@link #advance} and {@link #set} are atomic, and every reader sees one consistent
 * instant. Time never moves backwards, because the engine schedules rotations and deletions against
 * it and a clock going back would replay them.
 */
public final class VirtualClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private VirtualClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** A clock in UTC that reads {@code start} until moved. */
  public static VirtualClock startingAt(Instant start) {
    return new VirtualClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward by {@code step}, which must not be negative, and returns the new time.
   */
  public Instant advance(Duration step) {
    Objects.requireNonNull(step, "step");
    if (step.isNegative()) {
      throw new IllegalArgumentException(
          "step `" + step + "` is negative: the clock only moves forward");
    }
    return now.updateAndGet(t -> t.plus(step));
  }

  /** Moves the clock to {@code target}, which must not be earlier than the current time. */
  public Instant set(Instant target) {
    Objects.requireNonNull(target, "target");
    return now.updateAndGet(
        t -> {
          if (target.isBefore(t)) {
            throw new IllegalArgumentException(
                "target `" + target + "` is before the current time `" + t + "`");
          }
          return target;
        });
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone sharing this clock's time, as {@link Clock#withZone} requires. */
  @Override
  public Clock withZone(ZoneId other) {
    return new VirtualClock(now, Objects.requireNonNull(other, "zone"));
  }
}
