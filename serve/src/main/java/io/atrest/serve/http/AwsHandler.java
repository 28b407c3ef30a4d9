package io.atrest.serve.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.Clock;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * {@code POST /} for both services: routes on {@code X-Amz-Target}, verifies SigV4 against the
 * server's real time, parses the JSON body, runs the operation as the signing principal, and
 * answers in the service's protocol. Every failure is a JSON error of the service, never a stack
 * trace or an HTML page; DynamoDB responses carry {@code x-amz-crc32} over the body bytes, which
 * the Java SDK checks.
 */
final class AwsHandler implements Handler {

  private static final System.Logger LOG = System.getLogger("io.atrest.serve");

  private final Services services;
  private final SigV4Verifier verifier;
  private final Clock realClock;
  private final long maxBodyBytes;
  private final RequestIds requestIds = new RequestIds();

  AwsHandler(Services services, SigV4Verifier verifier, Clock realClock, long maxBodyBytes) {
    this.services = services;
    this.verifier = verifier;
    this.realClock = realClock;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Response handle(Request request) {
    Protocol protocol = protocolOf(request.headers());
    RequestTrail trail = new RequestTrail(protocol, requestIds);
    try {
      ObjectNode body = dispatch(request, protocol, trail);
      return respond(protocol, trail.requestId(), 200, Json.bytes(body));
    } catch (WireError e) {
      return respond(protocol, trail.requestId(), e.status(), Json.bytes(protocol.errorBody(e)));
    } catch (IllegalArgumentException e) {
      // The engine's request records validate their members; AWS reports the same as validation.
      WireError error =
          WireError.of(
              "ValidationException", e.getMessage() == null ? "Invalid request" : e.getMessage());
      return respond(protocol, trail.requestId(), 400, Json.bytes(protocol.errorBody(error)));
    } catch (RuntimeException e) {
      // The client always gets an answer in its protocol, even when the engine fails (an Error
      // escapes to the connection, which answers a plain 500 and closes).
      String requestId = trail.requestId();
      LOG.log(
          System.Logger.Level.WARNING,
          "internal error in request " + requestId + ": " + e.getClass().getName());
      return respond(protocol, requestId, 500, Json.bytes(protocol.errorBody(internal(protocol))));
    }
  }

  private ObjectNode dispatch(Request request, Protocol protocol, RequestTrail trail) {
    Headers headers = request.headers();
    byte[] body =
        request
            .body()
            .orElseThrow(
                () ->
                    WireError.withStatus(
                        "RequestEntityTooLargeException",
                        "Request content length limit of " + maxBodyBytes + " bytes exceeded",
                        413));
    String target = headers.first("x-amz-target").orElse("");
    if (!request.method().equals("POST")
        || !target.startsWith(protocol.targetPrefix())
        || !protocol.accepts(headers.first("content-type").orElse(null))) {
      throw unknownOperation(protocol);
    }
    Operation op =
        services
            .operation(protocol, target.substring(protocol.targetPrefix().length()))
            .orElseThrow(() -> unknownOperation(protocol));
    SignedRequest signed =
        new SignedRequest(
            request.method(),
            Optional.ofNullable(request.uri().getRawPath()).orElse("/"),
            Optional.ofNullable(request.uri().getRawQuery()).orElse(""),
            // Lower-cased once by the parser, as SigV4 needs them.
            headers.byLowerCaseName(),
            body);
    Identity identity =
        verifier.verify(
            signed, protocol.signingName(), realClock.instant(), protocol == Protocol.KMS);
    Input input = new Input(Json.parseObject(body));
    // The TCP connection the request came on: the unit of DynamoDB's table-key cache.
    Caller caller =
        caller(
                identity,
                request.remoteAddress(),
                headers.first("user-agent").orElse(Caller.DEFAULT_USER_AGENT))
            .onConnection(request.connection());
    return services.call(op, caller, input, trail);
  }

  private static Caller caller(Identity identity, String remoteAddress, String userAgent) {
    return new Caller(
        identity.principal(),
        Optional.empty(),
        remoteAddress,
        userAgent,
        Optional.of(identity.accessKeyId()));
  }

  /** The protocol to answer in: by target, else by content type, else KMS's. */
  private static Protocol protocolOf(Headers headers) {
    Optional<Protocol> byTarget = Protocol.forTarget(headers.first("x-amz-target").orElse(null));
    if (byTarget.isPresent()) {
      return byTarget.get();
    }
    return headers
            .first("content-type")
            .filter(t -> t.startsWith(Protocol.DYNAMODB.contentType()))
            .isPresent()
        ? Protocol.DYNAMODB
        : Protocol.KMS;
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

  private static Response respond(Protocol protocol, String requestId, int status, byte[] body) {
    Response response =
        Response.of(status, protocol.contentType(), body).withHeader("x-amzn-RequestId", requestId);
    if (protocol != Protocol.DYNAMODB) {
      return response;
    }
    CRC32 crc = new CRC32();
    crc.update(body);
    return response.withHeader("x-amz-crc32", Long.toString(crc.getValue()));
  }
}
