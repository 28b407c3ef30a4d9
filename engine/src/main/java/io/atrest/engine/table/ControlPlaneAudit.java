package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.Optional;

/**
 * Where DynamoDB's control-plane calls are recorded (CloudTrail, {@code eventSource}
 * {@code dynamodb.amazonaws.com}).
 */
public interface ControlPlaneAudit {
  /** Records one successful control-plane call with its response. */
  void record(
      Caller caller,
      String eventName,
      String tableName,
      String tableArn,
      Optional<SseSpecification> sseSpecification,
      Object response);

  /** An audit that records nothing, for tests of other behaviour. */
  static ControlPlaneAudit none() {
    return (caller, eventName, tableName, tableArn, sse, response) -> {};
  }
}
