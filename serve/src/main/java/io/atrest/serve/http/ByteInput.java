package io.atrest.serve.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one connection, buffered for the parser: lines of a request head, then body bytes.
 * Owned by the connection's thread; its own buffer rather than a {@code BufferedInputStream}, whose
 * synchronized single-byte reads would cost a lock per byte of every head.
 */
final class ByteInput {

  private final InputStream in;
  private final byte[] buffer;
  private byte[] line = new byte[256];
  private int position;
  private int end;
  // When bytes last arrived, read by the listener's idle sweep from another thread.
  private volatile long lastArrival = System.nanoTime();

  ByteInput(InputStream in, int bufferBytes) {
    this.in = in;
    this.buffer = new byte[bufferBytes];
  }

  /** Blocks until a byte can be read; false when the peer has closed its side first. */
  boolean await() throws IOException {
    return position < end || fill();
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    lastArrival = System.nanoTime();
    position = 0;
    end = Math.max(n, 0);
    return n > 0;
  }

  /** The {@link System#nanoTime} when bytes last arrived. */
  long lastArrival() {
    return lastArrival;
  }

  /** The next byte, or -1 at the end of the stream. */
  int read() throws IOException {
    return position < end || fill() ? buffer[position++] & 0xff : -1;
  }

  /**
   * The next line without its terminator, decoded as ISO-8859-1 (RFC 9112 section 2.2: a field
   * value's bytes are not UTF-8 text to HTTP). A lone LF ends a line too, as that section allows; a
   * CR anywhere but before the LF is refused.
   *
   * @param max the longest line accepted, in bytes without the terminator
   * @param tooLongStatus the status to refuse a longer line with
   * @return null when the stream ends before the line's first byte
   * @throws EOFException when the stream ends within the line
   */
  String readLine(int max, int tooLongStatus, String what) throws IOException {
    int length = 0;
    while (true) {
      if (position == end && !fill()) {
        if (length == 0) {
          return null;
        }
        throw new EOFException("the connection closed within " + what);
      }
      byte b = buffer[position++];
      if (b == '\n') {
        break;
      }
      if (length > max) {
        throw HttpError.closing(tooLongStatus, what + " longer than " + max + " bytes");
      }
      if (length == line.length) {
        line = Arrays.copyOf(line, Math.min(2 * line.length, max + 1));
      }
      line[length++] = b;
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (length > max) {
      throw HttpError.closing(tooLongStatus, what + " longer than " + max + " bytes");
    }
    for (int i = 0; i < length; i++) {
      if (line[i] == '\r') {
        throw HttpError.closing(400, "a bare CR in " + what);
      }
    }
    return new String(line, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** Reads exactly {@code into.length} bytes. */
  void readFully(byte[] into) throws IOException {
    readFully(into, 0, into.length);
  }

  void readFully(byte[] into, int offset, int length) throws IOException {
    int buffered = Math.min(length, end - position);
    System.arraycopy(buffer, position, into, offset, buffered);
    position += buffered;
    int done = buffered;
    while (done < length) {
      int n = in.read(into, offset + done, length - done);
      lastArrival = System.nanoTime();
      if (n < 0) {
        throw new EOFException("the connection closed within the body");
      }
      done += n;
    }
  }

  /** Reads and drops exactly {@code count} bytes. */
  void skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == end && !fill()) {
        throw new EOFException("the connection closed within the body");
      }
      int n = (int) Math.min(left, end - position);
      position += n;
      left -= n;
    }
  }
}
