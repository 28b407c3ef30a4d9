package io.atrest.engine.trail;

import java.util.UUID;

/**
 * The id of a record ({@code eventID}, {@code requestID}, {@code sharedEventID}): a GUID kept as
 * its 128 bits and written out when read, or an id a host gave as text. Formatting a GUID costs
 * more than drawing it, and most records' ids are never read; the bits also take less of the memory
 * a trail keeps than the text does. Immutable. A {@link TrailEvent} keeps its ids' parts in fields
 * of its own and makes a {@code TrailId} only when asked for one.
 */
public final class TrailId {

  private final long high;
  private final long low;
  private final String text;

  private TrailId(long high, long low, String text) {
    this.high = high;
    this.low = low;
    this.text = text;
  }

  /** The GUID with these bits, written as {@link UUID#toString()} writes them. */
  public static TrailId guid(long high, long low) {
    return new TrailId(high, low, null);
  }

  /** An id given as text (a DynamoDB request id is not a GUID), written as given. */
  public static TrailId of(String text) {
    return new TrailId(0, 0, java.util.Objects.requireNonNull(text, "id"));
  }

  /** The id whose parts are these: {@code text}, or when it is null the GUID of the bits. */
  static TrailId of(long high, long low, String text) {
    return new TrailId(high, low, text);
  }

  /** What {@link #toString()} gives for an id of these parts, without making the id. */
  static String text(long high, long low, String text) {
    return text != null ? text : new UUID(high, low).toString();
  }

  long high() {
    return high;
  }

  long low() {
    return low;
  }

  /** The text given, or null for a GUID kept as bits. */
  String text() {
    return text;
  }

  @Override
  public String toString() {
    return text(high, low, text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TrailId other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
