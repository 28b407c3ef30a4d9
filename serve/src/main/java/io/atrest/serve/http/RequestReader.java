package io.atrest.serve.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads HTTP/1.1 requests (RFC 9112) off one connection: the head, then the body its framing names.
 * Every refusal is an {@link HttpError} after which the connection must close.
 *
 * <p>Limits: a request line of {@value #MAX_REQUEST_LINE} bytes (longer: 414), a header section of
 * {@value #MAX_HEADER_BYTES} bytes and {@value #MAX_FIELDS} fields (more: 431, the JDK server's
 * field count), a chunk-size line of {@value #MAX_CHUNK_LINE} bytes.
 */
final class RequestReader {

  static final int MAX_REQUEST_LINE = 8 * 1024;
  static final int MAX_HEADER_BYTES = 64 * 1024;
  static final int MAX_FIELDS = 200;
  static final int MAX_CHUNK_LINE = 4 * 1024;

  // An oversized body is read and dropped up to this much beyond the limit, so that the client,
  // still sending, gets to read the answer instead of a reset connection.
  static final long DRAIN_LIMIT = 256L * 1024 * 1024;

  // The longest byte array a JVM reliably allocates.
  private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  // RFC 9112 section 2.2: a server SHOULD ignore at least one empty line before a request line.
  private static final int EMPTY_LINES_IGNORED = 4;

  /** How the body is delimited (RFC 9112 section 6.3). */
  sealed interface Framing {
    record Length(long bytes) implements Framing {}

    record Chunked() implements Framing {}
  }

  /** A request line and header section, with what they imply for the body and the connection. */
  record Head(
      String method,
      URI uri,
      String version,
      Headers headers,
      Framing framing,
      boolean keepAlive,
      boolean expectsContinue) {}

  /**
   * A body as read.
   *
   * @param bytes empty when it exceeded the limit
   * @param consumed whether all of it was read, so that the next request's first byte is next
   */
  record Body(Optional<byte[]> bytes, boolean consumed) {
    static Body refused() {
      return new Body(Optional.empty(), false);
    }
  }

  private final ByteInput in;

  RequestReader(ByteInput in) {
    this.in = in;
  }

  /** The next request's head; empty when the stream ends before one starts. */
  Optional<Head> readHead() throws IOException {
    String requestLine = "";
    for (int i = 0; requestLine.isEmpty() && i <= EMPTY_LINES_IGNORED; i++) {
      requestLine = in.readLine(MAX_REQUEST_LINE, 414, "the request line");
      if (requestLine == null) {
        return Optional.empty();
      }
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || !isToken(parts[0]) || parts[1].isEmpty()) {
      throw HttpError.closing(400, "malformed request line `" + requestLine + "`");
    }
    String version = version(parts[2]);
    URI uri;
    try {
      uri = new URI(parts[1]);
    } catch (URISyntaxException e) {
      throw HttpError.closing(400, "malformed request target `" + parts[1] + "`");
    }
    Headers headers = Headers.of(readFields("the header section"));
    Framing framing = framing(headers, version);
    return Optional.of(
        new Head(
            parts[0],
            uri,
            version,
            headers,
            framing,
            keepAlive(headers, version),
            version.equals("HTTP/1.1")
                && headers.first("expect").filter("100-continue"::equalsIgnoreCase).isPresent()));
  }

  /**
   * The body of {@code head}, if it fits in {@code limit} bytes; a larger one is dropped, and read
   * to its end only when that end lies within {@link #DRAIN_LIMIT} bytes beyond the limit.
   */
  Body readBody(Head head, long maxBytes) throws IOException {
    long limit = Math.min(maxBytes, MAX_ARRAY_BYTES);
    if (head.framing() instanceof Framing.Length length) {
      return readLength(length.bytes(), limit);
    }
    return readChunked(limit);
  }

  private Body readLength(long length, long limit) throws IOException {
    if (length <= limit) {
      byte[] body = new byte[(int) length];
      in.readFully(body);
      return new Body(Optional.of(body), true);
    }
    long drained = Math.min(length, limit + DRAIN_LIMIT);
    in.skip(drained);
    return new Body(Optional.empty(), drained == length);
  }

  private Body readChunked(long limit) throws IOException {
    byte[] body = new byte[0];
    int used = 0;
    long total = 0;
    while (true) {
      long size = chunkSize(in.readLine(MAX_CHUNK_LINE, 400, "a chunk-size line"));
      if (size == 0) {
        readFields("the trailer section");
        return new Body(
            total <= limit ? Optional.of(Arrays.copyOf(body, used)) : Optional.empty(), true);
      }
      if (total + size <= limit) {
        if (used + size > body.length) {
          body = Arrays.copyOf(body, (int) Math.min(limit, Math.max(2L * used, used + size)));
        }
        in.readFully(body, used, (int) size);
        used += (int) size;
      } else if (total + size > limit + DRAIN_LIMIT) {
        return Body.refused();
      } else {
        in.skip(size);
      }
      total += size;
      int end = in.read();
      if (end == '\r') {
        end = in.read();
      }
      if (end != '\n') {
        throw HttpError.closing(400, "chunk data longer than its chunk size");
      }
    }
  }

  /** The size on a chunk-size line, after which any chunk extension is ignored. */
  private static long chunkSize(String line) {
    if (line == null) {
      throw HttpError.closing(400, "the connection closed before the last chunk");
    }
    int semicolon = line.indexOf(';');
    String hex = (semicolon < 0 ? line : line.substring(0, semicolon)).stripTrailing();
    // Fifteen hex digits stay below Long.MAX_VALUE, so the sum of sizes cannot overflow either.
    if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(RequestReader::isHexDigit)) {
      throw HttpError.closing(400, "malformed chunk size `" + line + "`");
    }
    return Long.parseLong(hex, 16);
  }

  private List<Headers.Field> readFields(String section) throws IOException {
    List<Headers.Field> fields = new ArrayList<>();
    int budget = MAX_HEADER_BYTES;
    while (true) {
      String line = in.readLine(Math.max(budget, 0), 431, section);
      if (line == null) {
        throw new EOFException("the connection closed within " + section);
      }
      if (line.isEmpty()) {
        return fields;
      }
      budget -= line.length() + 2;
      if (fields.size() == MAX_FIELDS) {
        throw HttpError.closing(431, section + " has more than " + MAX_FIELDS + " fields");
      }
      fields.add(field(line));
    }
  }

  private static Headers.Field field(String line) {
    char first = line.charAt(0);
    if (first == ' ' || first == '\t') {
      // RFC 9112 section 5.2: obsolete line folding, which a server may refuse with 400.
      throw HttpError.closing(400, "obsolete line folding in `" + line + "`");
    }
    int colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.substring(0, colon))) {
      throw HttpError.closing(400, "malformed header field `" + line + "`");
    }
    String value = line.substring(colon + 1).strip();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw HttpError.closing(400, "a control character in header field `" + line + "`");
      }
    }
    return new Headers.Field(line.substring(0, colon), value);
  }

  private static String version(String token) {
    if (token.equals("HTTP/1.1") || token.equals("HTTP/1.0")) {
      return token;
    }
    if (token.matches("HTTP/[0-9]\\.[0-9]")) {
      throw HttpError.closing(505, "HTTP version `" + token + "` is not supported");
    }
    throw HttpError.closing(400, "malformed HTTP version `" + token + "`");
  }

  /**
   * RFC 9112 section 6.3: chunked when it is the only transfer coding, a Content-Length of digits
   * otherwise; anything ambiguous is refused, since a proxy in front might read it differently.
   */
  private static Framing framing(Headers headers, String version) {
    List<String> codings = headers.all("transfer-encoding");
    List<String> lengths = headers.all("content-length");
    if (!codings.isEmpty()) {
      if (!lengths.isEmpty()) {
        throw HttpError.closing(400, "both Transfer-Encoding and Content-Length");
      }
      if (version.equals("HTTP/1.0")) {
        throw HttpError.closing(400, "Transfer-Encoding in an HTTP/1.0 request");
      }
      List<String> names = new ArrayList<>();
      codings.forEach(v -> Arrays.stream(v.split(",")).map(String::strip).forEach(names::add));
      if (!names.get(names.size() - 1).equalsIgnoreCase("chunked")) {
        throw HttpError.closing(400, "Transfer-Encoding `" + codings + "` does not end in chunked");
      }
      if (names.size() > 1) {
        throw HttpError.closing(501, "Transfer-Encoding `" + codings + "` is not implemented");
      }
      return new Framing.Chunked();
    }
    if (lengths.isEmpty()) {
      return new Framing.Length(0);
    }
    String length = lengths.get(0);
    if (lengths.size() > 1
        || length.isEmpty()
        || length.length() > 18
        || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw HttpError.closing(400, "invalid Content-Length `" + String.join(", ", lengths) + "`");
    }
    return new Framing.Length(Long.parseLong(length));
  }

  /**
   * HTTP/1.1 keeps a connection open unless the request says {@code close}; HTTP/1.0 closes it
   * unless the request says {@code keep-alive} (RFC 9112 section 9.3).
   */
  private static boolean keepAlive(Headers headers, String version) {
    boolean close = false;
    boolean keepAlive = false;
    for (String value : headers.all("connection")) {
      for (String option : value.split(",")) {
        String o = option.strip().toLowerCase(Locale.ROOT);
        close |= o.equals("close");
        keepAlive |= o.equals("keep-alive");
      }
    }
    return !close && (keepAlive || version.equals("HTTP/1.1"));
  }

  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHexDigit(int c) {
    return Character.digit(c, 16) >= 0 && c < 128;
  }
}
