package io.atrest.serve.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
final class ControlHandler implements Handler {

  static final String PREFIX = "/_atrest/";
  private static final long MAX_BODY = 64 * 1024;

  private final Services services;

  ControlHandler(Services services) {
    this.services = services;
  }

  @Override
  public Response handle(Request request) {
    String path = request.uri().getPath();
    String method = request.method();
    try {
      return switch (path) {
        case PREFIX + "clock/advance" -> advance(request, method);
        case PREFIX + "trail" -> trail(request, method);
        case PREFIX + "reset" -> reset(request, method);
        default -> error(404, "no control endpoint `" + path + "`; see serve/README.md");
      };
    } catch (IllegalArgumentException e) {
      return error(400, e.getMessage());
    }
  }

  private Response advance(Request request, String method) {
    if (!method.equals("POST")) {
      return notPost(request);
    }
    byte[] body = request.body().filter(b -> b.length <= MAX_BODY).orElse(new byte[0]);
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
    return ok(Json.NODES.objectNode().put("now", now.toString()));
  }

  private Response trail(Request request, String method) {
    if (!method.equals("GET")) {
      return error(405, "use GET for " + PREFIX + "trail");
    }
    Optional<String> account =
        Optional.ofNullable(request.uri().getQuery())
            .filter(q -> q.startsWith("account="))
            .map(q -> q.substring("account=".length()));
    return ok(services.trail(account));
  }

  private Response reset(Request request, String method) {
    if (!method.equals("POST")) {
      return notPost(request);
    }
    services.reset();
    return ok(Json.NODES.objectNode());
  }

  private static Response notPost(Request request) {
    return error(405, "use POST for " + request.uri().getPath());
  }

  private static Response ok(ObjectNode body) {
    return Response.of(200, "application/json", Json.bytes(body));
  }

  private static Response error(int status, String message) {
    return Response.of(
        status, "application/json", Json.bytes(Json.NODES.objectNode().put("message", message)));
  }
}
