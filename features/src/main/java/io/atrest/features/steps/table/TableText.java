package io.atrest.features.steps.table;

import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.sse.SseDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Table descriptions written the way the DynamoDB API shows them, for failure messages and
 * evidence.
 */
final class TableText {

  private TableText() {}

  /**
   * {@code {TableName: ..., TableStatus: ..., SSEDescription: {...}}}, with any ArchivalSummary.
   */
  static String of(TableDescription d) {
    StringBuilder text =
        new StringBuilder("{TableName: ")
            .append(d.tableName())
            .append(", TableStatus: ")
            .append(d.tableStatus())
            .append(", SSEDescription: ")
            .append(sse(d.sseDescription()));
    d.archivalSummary()
        .ifPresent(
            a ->
                text.append(", ArchivalSummary: {ArchivalReason: ")
                    .append(a.archivalReason())
                    .append(", ArchivalBackupArn: ")
                    .append(a.archivalBackupArn())
                    .append('}'));
    return text.append('}').toString();
  }

  /** The SSEDescription as DynamoDB returns it, or {@code absent} when the response has none. */
  static String sse(Optional<SseDescription> sse) {
    if (sse.isEmpty()) {
      return "absent";
    }
    SseDescription s = sse.get();
    List<String> fields = new ArrayList<>();
    fields.add("Status: " + s.status());
    s.sseType().ifPresent(t -> fields.add("SSEType: " + t));
    s.kmsMasterKeyArn().ifPresent(a -> fields.add("KMSMasterKeyArn: " + a));
    s.inaccessibleEncryptionDateTime()
        .ifPresent(t -> fields.add("InaccessibleEncryptionDateTime: " + t));
    return "{" + String.join(", ", fields) + "}";
  }
}
