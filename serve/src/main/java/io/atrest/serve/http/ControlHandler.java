package io.atrest.serve.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.atrest.serve.engine.Services;
import io.atrest.serve.wire.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The control API under {@code /_atrest/}, which no AWS client uses:
 *
 * <ul>
 *   <li>{@code POST /_atrest/clock/advance} with {@code {"seconds": N}}: moves the engine's clock
 *       (never the clock SigV4 dates are checked against) and answers {@code {"now": "..."}};
 *   <li>{@code GET /_atrest/trail[?account=ID]}: the CloudTrail log body {@code {"Records":
 *       [...]}};
 *   <li>{@code POST /_atrest/reset}: forgets every key, table, record and clock offset.
 * </ul>
 *
 * Errors are {@code {"message": "..."}} with 400, 404 or 405.
 */
final class ControlHandler implements HttpHandler {

  static final String PREFIX = "/_atrest/";
  private static final long MAX_BODY = 64 * 1024;

  private final Services services;

  ControlHandler(Services services) {
    this.services = services;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = exchange.getRequestMethod();
    try {
      switch (path) {
        case PREFIX + "clock/advance" -> advance(exchange, method);
        case PREFIX + "trail" -> trail(exchange, method);
        case PREFIX + "reset" -> reset(exchange, method);
        default -> error(exchange, 404, "no control endpoint `" + path + "`; see serve/README.md");
      }
    } catch (IllegalArgumentException e) {
      error(exchange, 400, e.getMessage());
    }
  }

  private void advance(HttpExchange exchange, String method) throws IOException {
    if (requirePost(exchange, method)) {
      return;
    }
    byte[] body = Exchange.readBody(exchange, MAX_BODY).orElse(new byte[0]);
    JsonNode seconds;
    try {
      seconds = Json.MAPPER.readTree(body).get("seconds");
    } catch (IOException | NullPointerException e) {
      throw new IllegalArgumentException("the body must be JSON such as {\"seconds\": 86400}");
    }
    if (seconds == null
        || !seconds.canConvertToLong()
        || !seconds.isIntegralNumber()
        || seconds.asLong() < 0) {
      throw new IllegalArgumentException("`seconds` must be a whole number of seconds, 0 or more");
    }
    Instant now = services.advance(Duration.ofSeconds(seconds.asLong()));
    ok(exchange, Json.NODES.objectNode().put("now", now.toString()));
  }

  private void trail(HttpExchange exchange, String method) throws IOException {
    if (!method.equals("GET")) {
      error(exchange, 405, "use GET for " + PREFIX + "trail");
      return;
    }
    Optional<String> account =
        Optional.ofNullable(exchange.getRequestURI().getQuery())
            .filter(q -> q.startsWith("account="))
            .map(q -> q.substring("account=".length()));
    ok(exchange, services.trail(account));
  }

  private void reset(HttpExchange exchange, String method) throws IOException {
    if (requirePost(exchange, method)) {
      return;
    }
    services.reset();
    ok(exchange, Json.NODES.objectNode());
  }

  private static boolean requirePost(HttpExchange exchange, String method) throws IOException {
    if (method.equals("POST")) {
      return false;
    }
    error(exchange, 405, "use POST for " + exchange.getRequestURI().getPath());
    return true;
  }

  private static void ok(HttpExchange exchange, ObjectNode body) throws IOException {
    Exchange.send(exchange, 200, "application/json", Json.bytes(body));
  }

  private static void error(HttpExchange exchange, int status, String message) throws IOException {
    Exchange.send(
        exchange,
        status,
        "application/json",
        Json.bytes(Json.NODES.objectNode().put("message", message)));
  }
}
