package io.atrest.engine.trail;

import java.util.SplittableRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Generates the GUIDs of records ({@code eventID}, {@code requestID}, {@code sharedEventID}) from
 * an injected random source, so that a run with a fixed seed writes the same ids every time.
 * Thread-safe: draws are serialized, so a given seed yields one sequence of ids per instance.
 */
public final class Ids {

  private final RandomGenerator random;

  public Ids(RandomGenerator random) {
    this.random = java.util.Objects.requireNonNull(random, "random");
  }

  /** Ids drawn from a {@link SplittableRandom} with this seed. */
  public static Ids seeded(long seed) {
    return new Ids(new SplittableRandom(seed));
  }

  /** A fresh {@code eventID}. */
  public String eventId() {
    return next();
  }

  /** A fresh {@code requestID}. */
  public String requestId() {
    return next();
  }

  /** A fresh {@code sharedEventID}, to put in both accounts' copies of a cross-account call. */
  public String sharedEventId() {
    return next();
  }

  private synchronized String next() {
    long high = random.nextLong();
    long low = random.nextLong();
    // RFC 4122 version 4 (random) layout: version nibble 4, variant bits 10.
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low).toString();
  }
}
