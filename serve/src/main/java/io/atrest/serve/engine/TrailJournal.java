package io.atrest.serve.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.serve.wire.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of a server with a data directory, kept across restarts: an append-only file of
 * CloudTrail records, one JSON object per line, exactly as the control API renders them.
 *
 * <p>Records are buffered as the engine writes them and {@link #commit() committed} (written and
 * {@code fsync}ed) before the response of the request that made them is sent, so every record of an
 * answered request survives {@code kill -9} and a power loss. A request cut off mid-write leaves a
 * partial last line, which {@link #open} drops: that request was never answered.
 *
 * <p>Records hold what CloudTrail holds and nothing secret: no plaintext, data key, key material or
 * grant token is ever in a record, and the policy decision kept beside a live record is not
 * journaled (a restored record has only its JSON).
 */
final class TrailJournal implements AutoCloseable {

  static final String FILE = "trail.jsonl";

  private final Path file;
  private final FileChannel channel;
  private final List<ObjectNode> restored;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  private TrailJournal(Path file, FileChannel channel, List<ObjectNode> restored) {
    this.file = file;
    this.channel = channel;
    this.restored = List.copyOf(restored);
  }

  /** Opens (or creates) the journal in {@code dir}, reading back the records already in it. */
  static TrailJournal open(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      List<ObjectNode> records = new ArrayList<>();
      long complete = read(file, records);
      // Anything after the last newline is a record whose request never got its answer.
      channel.truncate(complete);
      channel.position(complete);
      return new TrailJournal(file, channel, records);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the trail journal " + file, e);
    }
  }

  private static long read(Path file, List<ObjectNode> into) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        JsonNode record = Json.MAPPER.readTree(bytes, start, i - start);
        if (!(record instanceof ObjectNode object)) {
          throw new IOException(
              "line at byte " + start + " of " + file + " is not a CloudTrail record");
        }
        into.add(object);
        start = i + 1;
      }
    }
    return start;
  }

  /** The records journaled by earlier runs, oldest first. */
  List<ObjectNode> restored() {
    return restored;
  }

  /** Buffers {@code event}; it reaches the file at the next {@link #commit()}. */
  void append(TrailEvent event) {
    pending.writeBytes(Json.bytes(event.toJson()));
    pending.write('\n');
  }

  /** Writes and syncs every buffered record. */
  void commit() {
    if (pending.size() == 0) {
      return;
    }
    ByteBuffer buffer = ByteBuffer.wrap(pending.toByteArray());
    pending.reset();
    try {
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the trail journal " + file, e);
    }
  }

  @Override
  public void close() {
    try {
      commit();
    } finally {
      try {
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close the trail journal " + file, e);
      }
    }
  }
}
