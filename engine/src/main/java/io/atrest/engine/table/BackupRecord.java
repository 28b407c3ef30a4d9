package io.atrest.engine.table;

import io.atrest.engine.table.crypto.WrappedKeys;
import io.atrest.engine.table.sse.SseChoice;
import java.io.Serializable;
import java.time.Instant;

/**
 * A stored on-demand backup: the source table's metadata, and the table key and data keys exactly
 * as they were wrapped when the backup was made. Its items are copies of the sealed item records,
 * so a backup stays protected by the key that was the table's key at that time.
 */
record BackupRecord(
    String backupArn,
    String backupName,
    String backupType,
    Instant created,
    String sourceTableName,
    String sourceTableArn,
    String sourceTableId,
    StoredSchema schema,
    BillingMode billingMode,
    ProvisionedThroughput throughput,
    SseChoice.Kind sseKind,
    String kmsKeyArn,
    byte[] encryptedTableKey,
    WrappedKeys wrappedKeys,
    long itemCount,
    long sizeBytes)
    implements Serializable {
  private static final long serialVersionUID = 1L;
}
