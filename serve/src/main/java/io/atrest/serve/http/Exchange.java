package io.atrest.serve.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reading a request body within a size limit, and writing a response, on one exchange. */
final class Exchange {

  private Exchange() {}

  // An oversized body is read and dropped up to this much, so that the client, still sending,
  // gets to read the 413 instead of a reset connection.
  private static final long DRAIN_LIMIT = 256L * 1024 * 1024;

  /** The body, or empty when it is larger than {@code limit} bytes. */
  static Optional<byte[]> readBody(HttpExchange exchange, long limit) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
      if (body.length <= limit) {
        return Optional.of(body);
      }
      long drained = 0;
      byte[] sink = new byte[64 * 1024];
      for (int n = in.read(sink); n > 0 && drained < DRAIN_LIMIT; n = in.read(sink)) {
        drained += n;
      }
      return Optional.empty();
    }
  }

  /**
   * The request headers with lower-cased names, as SigV4 canonicalizes them; immutable, so that
   * {@link io.atrest.serve.auth.SignedRequest} need not copy them again.
   */
  static Map<String, List<String>> lowerCaseHeaders(HttpExchange exchange) {
    Map<String, List<String>> out = new HashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Sends {@code body} with {@code contentType} and the response headers already set. */
  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
