package io.atrest.serve.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;

/**
 * The two AWS JSON protocols served: KMS ({@code awsJson1_1}, target prefix {@code TrentService.})
 * and DynamoDB ({@code awsJson1_0}, target prefix {@code DynamoDB_20120810.}). They differ in how
 * an error's {@code __type} is qualified:
 *
 * <ul>
 *   <li>KMS sends the bare code ({@code {"__type":"NotFoundException","message":"..."}});
 *   <li>DynamoDB qualifies it by the layer that raised it: {@code
 *       com.amazonaws.dynamodb.v20120810#} for the service's own errors, {@code
 *       com.amazon.coral.validate#ValidationException} for request validation, and {@code
 *       com.amazon.coral.service#} for authentication, routing and serialization errors (as
 *       recorded from the real service in the DynamoDB developer guide and public issues).
 * </ul>
 *
 * DynamoDB's SerializationException and AccessDeniedException carry {@code Message} with a capital
 * M: the first as recorded in rusoto/rusoto#658, the second as the service answered in
 * baopham/laravel-dynamodb#32 ({@code {"__type":"com.amazon.coral.service#AccessDeniedException",
 * "Message":"User: ... is not authorized to perform: dynamodb:Scan ..."}}), as aristidb/aws#149
 * found, and as dynalite's tests (recorded against the real service) assert. Every other error uses
 * {@code message}. The SDKs read both ({@code message}, {@code Message}, {@code errorMessage}).
 */
public enum Protocol {
  KMS("TrentService.", "application/x-amz-json-1.1", "kms", "kms.amazonaws.com"),
  DYNAMODB(
      "DynamoDB_20120810.", "application/x-amz-json-1.0", "dynamodb", "dynamodb.amazonaws.com");

  private static final Set<String> CORAL_SERVICE =
      Set.of(
          "UnrecognizedClientException",
          "InvalidSignatureException",
          "IncompleteSignatureException",
          "MissingAuthenticationTokenException",
          "UnknownOperationException",
          "SerializationException",
          "AccessDeniedException",
          "RequestEntityTooLargeException");

  private static final Set<String> CAPITAL_MESSAGE =
      Set.of("SerializationException", "AccessDeniedException");

  private final String targetPrefix;
  private final String contentType;
  private final String signingName;
  private final String eventSource;

  Protocol(String targetPrefix, String contentType, String signingName, String eventSource) {
    this.targetPrefix = targetPrefix;
    this.contentType = contentType;
    this.signingName = signingName;
    this.eventSource = eventSource;
  }

  /** The protocol whose target prefix starts {@code target}, if any. */
  public static Optional<Protocol> forTarget(String target) {
    for (Protocol p : values()) {
      if (target != null && target.startsWith(p.targetPrefix)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  public String targetPrefix() {
    return targetPrefix;
  }

  public String contentType() {
    return contentType;
  }

  /** The SigV4 service name a request to this protocol must be scoped to. */
  public String signingName() {
    return signingName;
  }

  /** The CloudTrail {@code eventSource} of this service's own records. */
  public String eventSource() {
    return eventSource;
  }

  /** Whether a request content type is one the service accepts for this protocol. */
  public boolean accepts(String requestContentType) {
    if (requestContentType == null) {
      return false;
    }
    String media = requestContentType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    // The services take their own x-amz-json version and plain application/json.
    return media.equals(contentType) || media.equals("application/json");
  }

  /** The error body this protocol sends for {@code error}. */
  public ObjectNode errorBody(WireError error) {
    ObjectNode body = Json.NODES.objectNode();
    body.put("__type", qualified(error.code()));
    String messageField =
        this == DYNAMODB && CAPITAL_MESSAGE.contains(error.code()) ? "Message" : "message";
    error.message().ifPresent(m -> body.put(messageField, m));
    return body;
  }

  private String qualified(String code) {
    if (this == KMS) {
      return code;
    }
    if (code.equals("ValidationException")) {
      return "com.amazon.coral.validate#" + code;
    }
    if (CORAL_SERVICE.contains(code)) {
      return "com.amazon.coral.service#" + code;
    }
    return "com.amazonaws.dynamodb.v20120810#" + code;
  }
}
