package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.TableKeyKms;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Global-table replicas (version 2019.11.21): each replica holds its own table key from its own
 * region's KMS, a customer managed key of that region included (seeds 000-002; the older seed 004
 * still says replicas cannot use one, which AWS changed in November 2020).
 *
 * <p>DynamoDB checks a replica's key through its grant at most every five minutes, when the table
 * is next used. A key found unusable makes the replica INACCESSIBLE_ENCRYPTION_CREDENTIALS with
 * the detection time; usable again, it is ACTIVE. 20 hours after detection, a replica still
 * inaccessible leaves the replication group: it is not deleted, stays described, and does not
 * rejoin when its key comes back (seed 002: "replication will stop from and to this region").
 *
 * <p>Only keys and replication-group membership are modelled: items are not copied to replicas.
 */
final class Replicas {
  static final Duration LEAVE_GROUP_AFTER = Duration.ofHours(20);
  private final Map<String, TableKeys> regions = new ConcurrentHashMap<>();
  private final Map<String, Instant> checkedAt = new ConcurrentHashMap<>();
  private final Clock clock;
  private final String accountId;
  private final String homeRegion;

  Replicas(Clock clock, String accountId, String homeRegion) {
    this.clock = clock;
    this.accountId = accountId;
    this.homeRegion = homeRegion;
  }

  void register(String region, TableKeyKms kms) {
    if (region.equals(homeRegion)) {
      throw new IllegalArgumentException(
          "region `" + region + "` is this store's own region, not a replica region");
    }
    regions.put(region, new TableKeys(kms, clock, accountId, region));
  }

  TableRecord.Replica create(TableRecord rec, CreateReplicaRequest r) {
    TableKeys keys = regions.get(r.regionName());
    if (keys == null) {
      throw new IllegalArgumentException(
          "no KMS registered for replica region `" + r.regionName() + "`: call registerReplicaRegion");
    }
    if (rec.replicas.stream().anyMatch(x -> x.region().equals(r.regionName()))) {
      // AWS's message for a duplicate replica is not documented; this one names the region.
      throw new ValidationException(
          "One or more parameter values were invalid: Table already has a replica in region "
              + r.regionName());
    }
    TableKey key = keys.newTableKey(rec.tableName, choice(rec, r), r.caller(), KeyRing.generate(rec.tableName));
    TableRecord.Replica replica = new TableRecord.Replica(r.regionName(), clock.instant(), key, null, false);
    checkedAt.put(id(rec, replica), clock.instant());
    return replica;
  }

  private static SseChoice choice(TableRecord rec, CreateReplicaRequest r) {
    if (r.kmsMasterKeyId().isPresent()) {
      return SseChoice.customerManaged(r.kmsMasterKeyId().get());
    }
    if (rec.sseKind == SseChoice.Kind.CUSTOMER_MANAGED) {
      // Recorded from AWS (hashicorp/terraform-provider-aws#17422).
      throw new ValidationException(
          "One or more parameter values were invalid: KMSMasterKeyId must be specified for each replica.");
    }
    return rec.sseKind == SseChoice.Kind.AWS_MANAGED ? SseChoice.AWS_MANAGED : SseChoice.AWS_OWNED;
  }

  /** Checks the keys of the table's replicas that are due; returns whether anything changed. */
  boolean observe(TableRecord rec) {
    boolean changed = false;
    Instant now = clock.instant();
    for (int i = 0; i < rec.replicas.size(); i++) {
      TableRecord.Replica r = rec.replicas.get(i);
      if (r.detached()) {
        continue;
      }
      TableRecord.Replica next = check(rec, r, now);
      if (next.inaccessibleSince() != null && !now.isBefore(next.inaccessibleSince().plus(LEAVE_GROUP_AFTER))) {
        next = next.detach();
      }
      if (!next.equals(r)) {
        rec.replicas.set(i, next);
        changed = true;
      }
    }
    return changed;
  }

  private TableRecord.Replica check(TableRecord rec, TableRecord.Replica r, Instant now) {
    Instant last = checkedAt.get(id(rec, r));
    if (last != null && now.isBefore(last.plus(TableKeys.REFRESH_INTERVAL))) {
      return r;
    }
    checkedAt.put(id(rec, r), now);
    try {
      regions.get(r.region()).probeAsService(r.key(), rec.tableName);
      return r.withInaccessibleSince(null);
    } catch (KmsException e) {
      return r.inaccessibleSince() == null ? r.withInaccessibleSince(now) : r;
    }
  }

  List<ReplicaDescription> describe(TableRecord rec) {
    return rec.replicas.stream().map(Replicas::describe).toList();
  }

  private static ReplicaDescription describe(TableRecord.Replica r) {
    return new ReplicaDescription(
        r.region(),
        r.inaccessibleSince() == null ? ReplicaStatus.ACTIVE : ReplicaStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS,
        Optional.ofNullable(r.key().kmsKeyArn()),
        Optional.ofNullable(r.inaccessibleSince()),
        !r.detached());
  }

  /** Retires DynamoDB's grant on each replica's key (DeleteTable). */
  void retireGrants(TableRecord rec) {
    for (TableRecord.Replica r : rec.replicas) {
      regions.get(r.region()).retireGrant(r.key().kmsKeyArn(), r.key().grantId());
    }
  }

  private static String id(TableRecord rec, TableRecord.Replica r) {
    return rec.tableId + "#" + r.region();
  }
}
