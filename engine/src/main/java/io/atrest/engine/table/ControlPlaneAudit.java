package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.Optional;

/**
 * Where DynamoDB's control-plane calls are recorded (CloudTrail, {@code eventSource} {@code
 * dynamodb.amazonaws.com}). {@link io.atrest.engine.table.audit.CloudTrailAudit} writes them to the
 * engine's {@code AuditTrail}.
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

  /**
   * Records one control-plane call, successful or refused. The store calls only this; by default a
   * success goes to {@link #record(Caller, String, String, String, Optional, Object)} and a failure
   * is dropped, so an audit written against that method alone keeps working.
   */
  default void record(ControlPlaneCall call) {
    call.response()
        .ifPresent(
            r ->
                record(
                    call.caller(),
                    call.eventName(),
                    call.tableName().orElse(null),
                    call.tableArn().orElse(null),
                    call.sseSpecification(),
                    r));
  }

  /** An audit that records nothing, for tests of other behaviour. */
  static ControlPlaneAudit none() {
    return (caller, eventName, tableName, tableArn, sse, response) -> {};
  }
}
