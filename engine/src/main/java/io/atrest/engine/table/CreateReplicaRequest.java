package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * UpdateTable with {@code ReplicaUpdates: [{Create: {RegionName, KMSMasterKeyId}}]}: adds a
 * global-table replica in another region (version 2019.11.21).
 *
 * @param kmsMasterKeyId a customer managed key of the replica's region (id, ARN or alias); required
 *     when the table uses a customer managed key, otherwise the replica uses the table's key kind
 */
public record CreateReplicaRequest(
    Caller caller, String tableName, String regionName, Optional<String> kmsMasterKeyId) {
  public CreateReplicaRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(tableName, "tableName");
    Objects.requireNonNull(regionName, "regionName");
    Objects.requireNonNull(kmsMasterKeyId, "kmsMasterKeyId");
  }
}
