package io.atrest.engine.trail;

import io.atrest.engine.crypto.NonceSource;
import java.security.SecureRandom;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Generates the GUIDs of records ({@code eventID}, {@code requestID}, {@code sharedEventID}) from
 * an injected random source, so that a run with a fixed seed writes the same ids every time.
 * Thread-safe: draws are serialized, so a given seed yields one sequence of ids per instance.
 */
public final class Ids {

  private final RandomGenerator random;
  private final Supplier<String> requestIds;

  public Ids(RandomGenerator random) {
    this.random = java.util.Objects.requireNonNull(random, "random");
    this.requestIds = null;
  }

  private Ids(RandomGenerator random, Supplier<String> requestIds) {
    this.random = java.util.Objects.requireNonNull(random, "random");
    this.requestIds = java.util.Objects.requireNonNull(requestIds, "requestIds");
  }

  /**
   * Ids whose {@link #requestId()} comes from {@code requestIds}, the others from {@code random}:
   * for a host that answers requests on a wire, whose response carries the request id that the
   * record of the request must repeat (a DynamoDB request id is not a GUID).
   */
  public static Ids withRequestIds(RandomGenerator random, Supplier<String> requestIds) {
    return new Ids(random, requestIds);
  }

  /** Ids drawn from a {@link SplittableRandom} with this seed. */
  public static Ids seeded(long seed) {
    return new Ids(new SplittableRandom(seed));
  }

  /** A fresh {@code eventID}. */
  public String eventId() {
    return nextEventId().toString();
  }

  /** A fresh {@code requestID}, or the host's when it supplies them. */
  public String requestId() {
    return nextRequestId().toString();
  }

  /** A fresh {@code sharedEventID}, to put in both accounts' copies of a cross-account call. */
  public String sharedEventId() {
    return nextSharedEventId().toString();
  }

  /** As {@link #eventId()}, drawn now and written out when read. */
  public TrailId nextEventId() {
    return next();
  }

  /** As {@link #requestId()}, drawn now and written out when read. */
  public TrailId nextRequestId() {
    return requestIds == null
        ? next()
        : TrailId.of(TrailJson.require(requestIds.get(), "requestID"));
  }

  /** As {@link #sharedEventId()}, drawn now and written out when read. */
  public TrailId nextSharedEventId() {
    return next();
  }

  private synchronized TrailId next() {
    long high;
    long low;
    if (random instanceof SecureRandom || random instanceof NonceSource) {
      // The same two longs nextLong() would give, in one draw instead of four: SecureRandom's
      // nextLong is (next(32) << 32) + next(32), each next(32) a big-endian int of 4 drawn bytes,
      // and a generator that is reproducible (SHA1PRNG) yields one byte stream however it is cut.
      // A NonceSource hands out its buffered bytes in order too, and one draw takes its lock once.
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      high = ((long) intAt(bytes, 0) << 32) + intAt(bytes, 4);
      low = ((long) intAt(bytes, 8) << 32) + intAt(bytes, 12);
    } else {
      high = random.nextLong();
      low = random.nextLong();
    }
    // RFC 4122 version 4 (random) layout: version nibble 4, variant bits 10.
    high = (high & ~0xF000L) | 0x4000L;
    low = (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return TrailId.guid(high, low);
  }

  private static int intAt(byte[] bytes, int from) {
    return (bytes[from] & 0xFF) << 24
        | (bytes[from + 1] & 0xFF) << 16
        | (bytes[from + 2] & 0xFF) << 8
        | (bytes[from + 3] & 0xFF);
  }
}
