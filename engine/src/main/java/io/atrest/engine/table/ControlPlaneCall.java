package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.engine.table.sse.SseSpecification;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One DynamoDB control-plane call as CloudTrail records it: who called, when, the request and
 * response members already in CloudTrail's lower-camel spelling ({@code sSESpecification}), and the
 * error when the call failed.
 *
 * @param tableName the table the call names (for backup calls, the backup's source table); empty
 *     for calls on no table, such as ListBackups of every table
 * @param tableArn {@code arn:aws:dynamodb:REGION:ACCOUNT:table/NAME}, for {@code resources[]}
 * @param sseSpecification the {@code SSESpecification} as the caller sent it, if any
 * @param requestParameters CloudTrail's {@code requestParameters}
 * @param response the typed result, when the call succeeded
 * @param responseElements CloudTrail's {@code responseElements}; empty renders as JSON null
 * @param error the failure, when the call failed
 */
public record ControlPlaneCall(
    Caller caller,
    Instant time,
    String eventName,
    Optional<String> tableName,
    Optional<String> tableArn,
    Optional<SseSpecification> sseSpecification,
    ObjectNode requestParameters,
    Optional<Object> response,
    Optional<ObjectNode> responseElements,
    Optional<DynamoDbException> error) {

  public ControlPlaneCall {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(tableArn, "tableArn");
    requestParameters = requestParameters.deepCopy();
    responseElements = responseElements.map(ObjectNode::deepCopy);
    if (response.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException(
          "call `" + eventName + "` must have exactly one of a response and an error");
    }
  }

  /** Whether DynamoDB refused the call. */
  public boolean failed() {
    return error.isPresent();
  }

  /** Whether the operation only reads (Describe/List), CloudTrail's {@code readOnly}. */
  public boolean readOnly() {
    return eventName.startsWith("Describe") || eventName.startsWith("List");
  }

  @Override
  public ObjectNode requestParameters() {
    return requestParameters.deepCopy();
  }

  @Override
  public Optional<ObjectNode> responseElements() {
    return responseElements.map(ObjectNode::deepCopy);
  }
}
