package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.Optional;

/** UpdateTable: an SSE change and/or a billing-mode change. */
public record UpdateTableRequest(
    Caller caller,
    String tableName,
    Optional<SseSpecification> sseSpecification,
    Optional<BillingMode> billingMode) {

  public static UpdateTableRequest sse(Caller caller, String tableName, SseSpecification spec) {
    return new UpdateTableRequest(caller, tableName, Optional.of(spec), Optional.empty());
  }
}
