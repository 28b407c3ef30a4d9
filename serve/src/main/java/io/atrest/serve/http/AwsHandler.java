package io.atrest.serve.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.atrest.engine.identity.Caller;
import io.atrest.serve.auth.Identity;
import io.atrest.serve.auth.SigV4Verifier;
import io.atrest.serve.auth.SignedRequest;
import io.atrest.serve.engine.RequestIds;
import io.atrest.serve.engine.RequestTrail;
import io.atrest.serve.engine.Services;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.Protocol;
import io.atrest.serve.wire.WireError;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * {@code POST /} for both services: routes on {@code X-Amz-Target}, verifies SigV4 against the
 * server's real time, parses the JSON body, runs the operation as the signing principal, and
 * answers in the service's protocol. Every failure is a JSON error of the service, never a stack
 * trace or an HTML page; DynamoDB responses carry {@code x-amz-crc32} over the body bytes, which
 * the Java SDK checks.
 */
final class AwsHandler implements HttpHandler {

  private static final System.Logger LOG = System.getLogger("io.atrest.serve");

  private final Services services;
  private final SigV4Verifier verifier;
  private final Clock realClock;
  private final long maxBodyBytes;
  private final RequestIds requestIds = new RequestIds();
  private final Connections connections;

  AwsHandler(Services services, SigV4Verifier verifier, Clock realClock, long maxBodyBytes) {
    this.services = services;
    this.verifier = verifier;
    this.realClock = realClock;
    this.maxBodyBytes = maxBodyBytes;
    this.connections = Connections.ofJdkServer(realClock);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Protocol protocol = protocolOf(exchange);
    RequestTrail trail = new RequestTrail(protocol, requestIds.next(protocol));
    try {
      ObjectNode body = dispatch(exchange, protocol, trail);
      respond(exchange, protocol, trail.requestId(), 200, Json.bytes(body));
    } catch (WireError e) {
      respond(exchange, protocol, trail.requestId(), e.status(), Json.bytes(protocol.errorBody(e)));
    } catch (IllegalArgumentException e) {
      // The engine's request records validate their members; AWS reports the same as validation.
      WireError error =
          WireError.of("ValidationException", e.getMessage() == null ? "Invalid request" : e.getMessage());
      respond(exchange, protocol, trail.requestId(), 400, Json.bytes(protocol.errorBody(error)));
    } catch (RuntimeException | Error e) {
      // The client always gets an answer, even when the engine fails; an Error is still rethrown.
      String requestId = trail.requestId();
      LOG.log(System.Logger.Level.WARNING, "internal error in request " + requestId + ": " + e.getClass().getName());
      respond(exchange, protocol, requestId, 500, Json.bytes(protocol.errorBody(internal(protocol))));
      if (e instanceof Error error) {
        throw error;
      }
    }
  }

  private ObjectNode dispatch(HttpExchange exchange, Protocol protocol, RequestTrail trail) throws IOException {
    // Every exchange is counted, refused ones too, so that a closing request ends its connection.
    String connection = connectionOf(exchange);
    byte[] body =
        Exchange.readBody(exchange, maxBodyBytes)
            .orElseThrow(
                () ->
                    WireError.withStatus(
                        "RequestEntityTooLargeException",
                        "Request content length limit of " + maxBodyBytes + " bytes exceeded", 413));
    String target = Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Amz-Target")).orElse("");
    if (!exchange.getRequestMethod().equals("POST") || !target.startsWith(protocol.targetPrefix())
        || !protocol.accepts(exchange.getRequestHeaders().getFirst("Content-Type"))) {
      throw unknownOperation(protocol);
    }
    Operation op =
        services.operation(protocol, target.substring(protocol.targetPrefix().length()))
            .orElseThrow(() -> unknownOperation(protocol));
    SignedRequest signed =
        new SignedRequest(
            exchange.getRequestMethod(), Optional.ofNullable(exchange.getRequestURI().getRawPath()).orElse("/"),
            Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""),
            Exchange.lowerCaseHeaders(exchange), body);
    Identity identity =
        verifier.verify(signed, protocol.signingName(), realClock.instant(), protocol == Protocol.KMS);
    Input request = new Input(Json.parseObject(body));
    return services.call(op, caller(exchange, identity).onConnection(connection), request, trail);
  }

  private static Caller caller(HttpExchange exchange, Identity identity) {
    String agent = Optional.ofNullable(exchange.getRequestHeaders().getFirst("User-Agent")).orElse(Caller.DEFAULT_USER_AGENT);
    return new Caller(
        identity.principal(), Optional.empty(), exchange.getRemoteAddress().getAddress().getHostAddress(), agent,
        Optional.of(identity.accessKeyId()));
  }

  /** The TCP connection the request came on: the unit of DynamoDB's table-key cache. */
  private String connectionOf(HttpExchange exchange) {
    boolean closesAfter =
        Connections.closesAfter(exchange.getProtocol(), exchange.getRequestHeaders().getFirst("Connection"));
    return connections.idOf(exchange.getRemoteAddress(), closesAfter);
  }

  /** The protocol to answer in: by target, else by content type, else KMS's. */
  private static Protocol protocolOf(HttpExchange exchange) {
    Optional<Protocol> byTarget = Protocol.forTarget(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
    if (byTarget.isPresent()) {
      return byTarget.get();
    }
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    return contentType != null && contentType.startsWith(Protocol.DYNAMODB.contentType()) ? Protocol.DYNAMODB : Protocol.KMS;
  }

  // KMS and the other awsJson1_1 services send the bare type (aws/aws-sdk-net#1537); DynamoDB adds
  // a message (boto/boto3#1542 shows "Unknown operation exception" from the service).
  private static WireError unknownOperation(Protocol protocol) {
    return protocol == Protocol.KMS
        ? WireError.withoutMessage("UnknownOperationException")
        : WireError.of("UnknownOperationException", "Unknown operation exception");
  }

  private static WireError internal(Protocol protocol) {
    return protocol == Protocol.KMS
        ? WireError.withStatus("KMSInternalException", "An internal error occurred.", 500)
        : WireError.withStatus("InternalServerError", "Internal server error", 500);
  }

  private static void respond(HttpExchange exchange, Protocol protocol, String requestId, int status, byte[] body)
      throws IOException {
    Map<String, String> headers = new HashMap<>();
    headers.put("x-amzn-RequestId", requestId);
    if (protocol == Protocol.DYNAMODB) {
      CRC32 crc = new CRC32();
      crc.update(body);
      headers.put("x-amz-crc32", Long.toString(crc.getValue()));
    }
    Exchange.send(exchange, status, protocol.contentType(), headers, body);
  }
}
