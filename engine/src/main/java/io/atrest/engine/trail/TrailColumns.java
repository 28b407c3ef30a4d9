package io.atrest.engine.trail;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The store behind {@link AuditTrail}: every record of an engine's life, appended at the end and
 * kept as columns rather than as objects. Thread-safe.
 *
 * <p>Why columns: a trail only grows, so each record lives as long as the engine, and a
 * generational collector copies every young survivor from one survivor space to the next until it
 * is old enough (up to fifteen times). With millions of records that copying was most of the cost
 * of a KMS call. Here a record's time and ids are {@code long}s in one large primitive array per
 * chunk, which the collector never traces and, once the array is large, allocates straight into the
 * old generation; its other fields are one reference to a {@link TrailEvent.Shape} shared with the
 * records like it. The {@link TrailEvent} a caller built dies young; reading gives an equal one.
 *
 * <p>Chunks grow from {@value #FIRST} records to {@value #LARGEST}, so a scenario's small trail
 * stays small; a slot, once written, never changes, so a snapshot is the chunks and a length:
 * taking one copies nothing, and it never sees a later append.
 */
final class TrailColumns {

  /** {@code long}s per record: eventTime seconds, then high and low bits of the three ids. */
  static final int LONGS = 7;

  static final int FIRST = 256;
  static final int LARGEST = 32768;
  // Chunks 0..DOUBLINGS-1 double from FIRST; every later one holds LARGEST records.
  private static final int DOUBLINGS = Integer.numberOfTrailingZeros(LARGEST / FIRST) + 1;
  private static final int BEFORE_LARGEST = FIRST * ((1 << (DOUBLINGS - 1)) - 1);

  private Chunk[] chunks = new Chunk[8];
  private int size;

  /** Appends {@code event}. */
  synchronized void add(TrailEvent event) {
    Objects.requireNonNull(event, "event");
    int chunk = chunkOf(size);
    if (chunk == chunks.length) {
      // Only the directory of chunks is copied, never the records.
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new Chunk(capacity(chunk));
    }
    event.writeTo(chunks[chunk], slotOf(size, chunk));
    size++;
  }

  /** Appends {@code first} then {@code second}, with no append of another thread between them. */
  synchronized void add(TrailEvent first, TrailEvent second) {
    add(first);
    add(second);
  }

  synchronized int size() {
    return size;
  }

  /** The records appended so far, in order: an immutable list that later appends leave alone. */
  synchronized List<TrailEvent> snapshot() {
    return new Snapshot(chunks, size);
  }

  /** The chunk holding record {@code index}. */
  static int chunkOf(int index) {
    if (index < BEFORE_LARGEST) {
      return 31 - Integer.numberOfLeadingZeros(index / FIRST + 1);
    }
    return DOUBLINGS - 1 + (index - BEFORE_LARGEST) / LARGEST;
  }

  /** The slot of record {@code index} in its chunk {@code chunk}. */
  static int slotOf(int index, int chunk) {
    if (chunk < DOUBLINGS - 1) {
      return index - FIRST * ((1 << chunk) - 1);
    }
    return (index - BEFORE_LARGEST) % LARGEST;
  }

  static int capacity(int chunk) {
    return chunk < DOUBLINGS - 1 ? FIRST << chunk : LARGEST;
  }

  /** The columns of one chunk of records; written only under the log's lock, once per slot. */
  static final class Chunk {
    final long[] bits;
    final TrailEvent.Shape[] shapes;
    final byte[] present;
    // Ids given as text (eventID, requestID, sharedEventID per slot): made only when one is.
    private String[] texts;

    private Chunk(int capacity) {
      bits = new long[capacity * LONGS];
      shapes = new TrailEvent.Shape[capacity];
      present = new byte[capacity];
    }

    void texts(int slot, String event, String request, String shared) {
      if (texts == null) {
        texts = new String[shapes.length * 3];
      }
      texts[slot * 3] = event;
      texts[slot * 3 + 1] = request;
      texts[slot * 3 + 2] = shared;
    }

    TrailEvent read(int slot) {
      int at = slot * LONGS;
      String[] t = texts;
      return new TrailEvent(
          shapes[slot],
          bits[at],
          bits[at + 1],
          bits[at + 2],
          t == null ? null : t[slot * 3],
          bits[at + 3],
          bits[at + 4],
          t == null ? null : t[slot * 3 + 1],
          bits[at + 5],
          bits[at + 6],
          t == null ? null : t[slot * 3 + 2],
          present[slot]);
    }
  }

  /**
   * The first {@code size} records of the chunks. The directory it holds may be replaced in the log
   * by a longer copy, but the chunks it names and their first slots never change.
   */
  private static final class Snapshot extends AbstractList<TrailEvent> implements RandomAccess {
    private final Chunk[] chunks;
    private final int size;

    Snapshot(Chunk[] chunks, int size) {
      this.chunks = chunks;
      this.size = size;
    }

    @Override
    public TrailEvent get(int index) {
      Objects.checkIndex(index, size);
      int chunk = chunkOf(index);
      return chunks[chunk].read(slotOf(index, chunk));
    }

    @Override
    public int size() {
      return size;
    }
  }
}
