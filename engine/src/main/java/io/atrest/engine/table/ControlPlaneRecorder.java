package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.engine.table.sse.SseSpecification;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a control-plane operation and hands the {@link ControlPlaneAudit} its call, failed or not.
 */
final class ControlPlaneRecorder {
  private final ControlPlaneAudit audit;
  private final Clock clock;
  private final String accountId;
  private final String region;

  ControlPlaneRecorder(ControlPlaneAudit audit, Clock clock, String accountId, String region) {
    this.audit = audit;
    this.clock = clock;
    this.accountId = accountId;
    this.region = region;
  }

  String tableArn(String tableName) {
    return "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + tableName;
  }

  /**
   * Runs {@code body} and records it.
   *
   * @param tableName the table the call is about, or null when it names none
   * @param response CloudTrail's {@code responseElements} of the result; null for reads, which
   *     CloudTrail logs with {@code responseElements: null}
   */
  <T> T call(
      Caller caller,
      String eventName,
      String tableName,
      Optional<SseSpecification> sse,
      ObjectNode request,
      Supplier<T> body,
      Function<T, ObjectNode> response) {
    Instant time = clock.instant();
    Optional<String> name = Optional.ofNullable(tableName);
    Optional<String> arn = name.map(this::tableArn);
    T result;
    try {
      result = body.get();
    } catch (DynamoDbException e) {
      audit.record(
          new ControlPlaneCall(
              caller,
              time,
              eventName,
              name,
              arn,
              sse,
              request,
              Optional.empty(),
              Optional.empty(),
              Optional.of(e)));
      throw e;
    }
    audit.record(
        new ControlPlaneCall(
            caller,
            time,
            eventName,
            name,
            arn,
            sse,
            request,
            Optional.of(result),
            Optional.ofNullable(response.apply(result)),
            Optional.empty()));
    return result;
  }
}
