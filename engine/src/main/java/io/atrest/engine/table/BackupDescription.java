package io.atrest.engine.table;

import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.sse.SseDescription;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code BackupDescription}: {@code BackupDetails}, {@code SourceTableDetails} and the {@code
 * SSEDescription} of {@code SourceTableFeatureDetails} (the key the backup is encrypted under).
 */
public record BackupDescription(
    String backupArn,
    String backupName,
    String backupStatus,
    String backupType,
    Instant backupCreationDateTime,
    long backupSizeBytes,
    String tableName,
    String tableArn,
    String tableId,
    long itemCount,
    List<KeySchemaElement> keySchema,
    Optional<SseDescription> sseDescription) {
  public BackupDescription {
    keySchema = List.copyOf(keySchema);
  }
}
