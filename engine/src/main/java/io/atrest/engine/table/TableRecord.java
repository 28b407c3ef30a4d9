package io.atrest.engine.table;

import io.atrest.engine.table.crypto.WrappedKeys;
import io.atrest.engine.table.sse.SseChoice;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored state of one table: metadata and wrapped keys, never plaintext key material. This is
 * the store's mutable entity; it is read and written only under the store's lock, and persisted
 * after every change.
 */
final class TableRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  String tableName;
  String tableId;
  String tableArn;
  StoredSchema schema;
  BillingMode billingMode;
  ProvisionedThroughput throughput;
  String streamViewType;
  Instant created;
  TableStatus status;

  /** A transition that AWS makes asynchronously; it completes at the next call on the table. */
  boolean pendingTransition;

  SseChoice.Kind sseKind;
  String kmsKeyArn;
  String grantId;
  byte[] encryptedTableKey;
  int keyGeneration;
  WrappedKeys wrappedKeys;

  /** The key being replaced while SSE is UPDATING; its grant is retired when the switch ends. */
  String previousKmsKeyArn;

  String previousGrantId;
  SseChoice.Kind previousSseKind;

  Instant inaccessibleSince;
  Instant archivalTime;
  String archivalBackupArn;
  String creatorPrincipalArn;
  List<Replica> replicas = new ArrayList<>();

  /** {@link #tableId} as ASCII bytes, the prefix of every storage key of the table; not stored. */
  private transient IdBytes idBytes;

  /** The bytes of one table id, kept with the id they were made from. */
  private record IdBytes(String of, byte[] bytes) {}

  /**
   * A global-table replica of this table in another region, with its own table key from that
   * region's KMS.
   *
   * @param inaccessibleSince when DynamoDB found the replica's key unusable; null while usable
   * @param detached whether the replica left the replication group (kept, not deleted)
   */
  record Replica(
      String region, Instant created, TableKey key, Instant inaccessibleSince, boolean detached)
      implements Serializable {
    private static final long serialVersionUID = 2L;

    Replica withInaccessibleSince(Instant since) {
      return new Replica(region, created, key, since, detached);
    }

    Replica detach() {
      return new Replica(region, created, key, inaccessibleSince, true);
    }
  }

  /** The table id as the ASCII bytes that start its storage keys (do not modify). */
  byte[] idBytes() {
    IdBytes made = idBytes;
    if (made == null || made.of() != tableId) {
      made = new IdBytes(tableId, tableId.getBytes(StandardCharsets.US_ASCII));
      idBytes = made;
    }
    return made.bytes();
  }

  boolean usesKms() {
    return sseKind != SseChoice.Kind.AWS_OWNED;
  }
}
