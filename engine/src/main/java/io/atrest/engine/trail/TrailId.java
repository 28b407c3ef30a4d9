package io.atrest.engine.trail;

import java.util.UUID;

/**
 * The id of a record ({@code eventID}, {@code requestID}, {@code sharedEventID}): a GUID kept as
 * its 128 bits and written out when read, or an id a host gave as text. Formatting a GUID costs
 * more than drawing it, and most records' ids are never read; the bits also take less of the
 * memory a trail keeps than the text does. Immutable.
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

  @Override
  public String toString() {
    return text != null ? text : new UUID(high, low).toString();
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
