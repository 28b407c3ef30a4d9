package io.atrest.engine.table;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ReplicaDescription} of a global-table replica, plus whether it is still in the replication
 * group: a replica whose key stayed inaccessible for 20 hours leaves the group but is not deleted
 * (seed 002), so it is still described, with {@code inReplicationGroup} false.
 *
 * @param kmsMasterKeyId the full ARN of the replica's KMS key; empty for the AWS owned key
 * @param replicaInaccessibleDateTime when the replica's key was found inaccessible
 */
public record ReplicaDescription(
    String regionName,
    ReplicaStatus replicaStatus,
    Optional<String> kmsMasterKeyId,
    Optional<Instant> replicaInaccessibleDateTime,
    boolean inReplicationGroup) {
  public ReplicaDescription {
    Objects.requireNonNull(regionName, "regionName");
    Objects.requireNonNull(replicaStatus, "replicaStatus");
    Objects.requireNonNull(kmsMasterKeyId, "kmsMasterKeyId");
    Objects.requireNonNull(replicaInaccessibleDateTime, "replicaInaccessibleDateTime");
  }
}
