package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import java.util.List;

/**
 * Reads tables' streams. Stream records are stored sealed under the table's data keys, so reading
 * them takes the table key like any data-plane request: the caller must be allowed to use the
 * table's KMS key through DynamoDB, and an inaccessible key stops the stream too.
 */
public final class Streams {
  private final DataPlane items;

  Streams(DataPlane items) {
    this.items = items;
  }

  /** Every record of {@code tableName}'s stream, oldest first, decrypted for {@code caller}. */
  public List<StreamRecord> records(Caller caller, String tableName) {
    return items.streamRecords(caller, tableName);
  }
}
