package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.PrimaryKey;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.TableKeyKms;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Global-table replicas (version 2019.11.21): each replica holds its own table key from its own
 * region's KMS, a customer managed key of that region included (seeds 000-002; the older seed 004
 * still says replicas cannot use one, which AWS changed in November 2020).
 *
 * <p>DynamoDB checks a replica's key through its grant at most every five minutes, when the table
 * is next used. A key found unusable makes the replica INACCESSIBLE_ENCRYPTION_CREDENTIALS with the
 * detection time; usable again, it is ACTIVE. 20 hours after detection, a replica still
 * inaccessible leaves the replication group: it is not deleted, stays described, and does not
 * rejoin when its key comes back (seed 002: "replication will stop from and to this region").
 *
 * <p>Items replicate. A replica's items are stored under its own table id (so their AAD binds them
 * to the replica, not the table), sealed with its own data keys under its own table key. A new
 * replica starts with a copy of the table's items; then every write to the table is applied to each
 * replica that is in the group with a usable key, synchronously, within the table's write (AWS
 * replicates asynchronously, usually within a second). DynamoDB does this through its own grant on
 * the replica's key. An inaccessible replica receives nothing; when its key comes back within 20
 * hours it is caught up by replacing its items with a copy of the table's current ones (AWS replays
 * the writes it missed; the resulting items are the same). A replica that left the group keeps the
 * items it had and receives none.
 */
final class Replicas {
  static final Duration LEAVE_GROUP_AFTER = Duration.ofHours(20);
  private final Map<String, TableKeys> regions = new ConcurrentHashMap<>();
  private final Map<String, Instant> checkedAt = new ConcurrentHashMap<>();
  private final Clock clock;
  private final String accountId;
  private final String homeRegion;
  private final TableKeys homeKeys;
  private final Tables tables;
  private final ItemData data;

  Replicas(
      Clock clock,
      String accountId,
      String homeRegion,
      TableKeys homeKeys,
      Tables tables,
      ItemData data) {
    this.clock = clock;
    this.accountId = accountId;
    this.homeRegion = homeRegion;
    this.homeKeys = homeKeys;
    this.tables = tables;
    this.data = data;
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
          "no KMS registered for replica region `"
              + r.regionName()
              + "`: call registerReplicaRegion");
    }
    if (rec.replicas.stream().anyMatch(x -> x.region().equals(r.regionName()))) {
      // AWS's message for a duplicate replica is not documented; this one names the region.
      throw new ValidationException(
          "One or more parameter values were invalid: Table already has a replica in region "
              + r.regionName());
    }
    TableKey key =
        keys.newTableKey(
            rec.tableName, choice(rec, r), r.caller(), KeyRing.generate(rec.tableName));
    TableRecord.Replica replica =
        new TableRecord.Replica(r.regionName(), clock.instant(), key, null, false);
    try {
      copyItems(rec, replica);
    } catch (KmsException e) {
      throw KmsErrors.onKeyUse(e);
    }
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
      if (next.inaccessibleSince() != null
          && !now.isBefore(next.inaccessibleSince().plus(LEAVE_GROUP_AFTER))) {
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
      if (r.inaccessibleSince() != null) {
        copyItems(rec, r);
      }
      return r.withInaccessibleSince(null);
    } catch (KmsException e) {
      return r.inaccessibleSince() == null ? r.withInaccessibleSince(now) : r;
    }
  }

  /**
   * Applies one write of the table to each replica in the group whose key is usable: {@code item}
   * is the item now stored under {@code key}, empty when it was deleted. A replica whose key
   * DynamoDB can no longer open is found inaccessible here. Returns whether a replica changed.
   */
  boolean replicate(
      TableRecord rec,
      TableSchema schema,
      PrimaryKey key,
      Optional<Map<String, AttributeValue>> item) {
    boolean changed = false;
    for (int i = 0; i < rec.replicas.size(); i++) {
      TableRecord.Replica r = rec.replicas.get(i);
      if (r.detached() || r.inaccessibleSince() != null) {
        continue;
      }
      TableRecord view = view(rec, r);
      KeyRing ring;
      try {
        ring = regions.get(r.region()).serviceRing(view);
      } catch (KmsException e) {
        rec.replicas.set(i, r.withInaccessibleSince(clock.instant()));
        changed = true;
        continue;
      }
      if (item.isPresent()) {
        Optional<Map<String, AttributeValue>> old =
            schema.indexes().isEmpty() ? Optional.empty() : data.get(view, ring, key);
        data.put(view, schema, ring, key, item.get(), old);
      } else {
        data.delete(view, schema, ring, key);
      }
    }
    return changed;
  }

  /** Replaces the replica's items with a copy of the table's, read through DynamoDB's grants. */
  private void copyItems(TableRecord rec, TableRecord.Replica r) {
    TableSchema schema = tables.schema(rec);
    KeyRing from = homeKeys.serviceRing(rec);
    TableRecord view = view(rec, r);
    KeyRing to = regions.get(r.region()).serviceRing(view);
    data.purge(view);
    for (Map<String, AttributeValue> item :
        data.all(rec, from, Optional.empty(), Optional.empty())) {
      data.put(view, schema, to, schema.keyOfItem(item), item, Optional.empty());
    }
  }

  /** A replica's storage and key identity, as the item store and its region's key cache see it. */
  record Access(TableRecord view, KeyRing ring) {}

  /**
   * The replica in {@code region} opened for a request by {@code caller} of that region: the
   * replica's table key is cached per caller and refreshed through that region's KMS as the caller,
   * like the table's own. A replica found inaccessible is usable again only when both the caller
   * and DynamoDB's grant can use its key, and is then caught up first.
   *
   * @throws ResourceNotFoundException when the table has no replica in {@code region}
   * @throws io.atrest.engine.table.error.AccessDeniedException when the replica's key is unusable
   */
  Access access(TableRecord rec, String region, Caller caller) {
    int i = indexOf(rec, region);
    TableRecord.Replica r = rec.replicas.get(i);
    TableRecord view = view(rec, r);
    TableKeys keys = regions.get(region);
    try {
      if (r.inaccessibleSince() != null && !r.detached()) {
        keys.decryptTableKey(view, caller);
        keys.probeAsService(r.key(), rec.tableName);
        copyItems(rec, r);
        rec.replicas.set(i, r.withInaccessibleSince(null));
        checkedAt.put(id(rec, r), clock.instant());
      }
      return new Access(view, keys.ringFor(view, caller));
    } catch (KmsException e) {
      throw KmsErrors.onKeyUse(e);
    }
  }

  private static int indexOf(TableRecord rec, String region) {
    for (int i = 0; i < rec.replicas.size(); i++) {
      if (rec.replicas.get(i).region().equals(region)) {
        return i;
      }
    }
    throw new ResourceNotFoundException("Requested resource not found");
  }

  /**
   * The replica as a table record of its region: the table's name (the name DynamoDB's encryption
   * context carries in every region), the replica's key, and a table id of its own derived from the
   * table's id and the region, under which its items are stored and to which their AAD binds.
   */
  private static TableRecord view(TableRecord rec, TableRecord.Replica r) {
    TableRecord v = new TableRecord();
    v.tableName = rec.tableName;
    v.tableId =
        UUID.nameUUIDFromBytes((rec.tableId + "/" + r.region()).getBytes(StandardCharsets.UTF_8))
            .toString();
    v.created = r.created();
    v.status = TableStatus.ACTIVE;
    v.sseKind = r.key().kind();
    v.kmsKeyArn = r.key().kmsKeyArn();
    v.grantId = r.key().grantId();
    v.encryptedTableKey = r.key().encryptedTableKey();
    v.wrappedKeys = r.key().wrappedKeys();
    return v;
  }

  List<ReplicaDescription> describe(TableRecord rec) {
    return rec.replicas.stream().map(Replicas::describe).toList();
  }

  private static ReplicaDescription describe(TableRecord.Replica r) {
    return new ReplicaDescription(
        r.region(),
        r.inaccessibleSince() == null
            ? ReplicaStatus.ACTIVE
            : ReplicaStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS,
        Optional.ofNullable(r.key().kmsKeyArn()),
        Optional.ofNullable(r.inaccessibleSince()),
        !r.detached());
  }

  /**
   * Removes the table's replicas (DeleteTable): retires DynamoDB's grants, drops their items and
   * cached keys.
   */
  void delete(TableRecord rec) {
    for (TableRecord.Replica r : rec.replicas) {
      TableKeys keys = regions.get(r.region());
      keys.retireGrant(r.key().kmsKeyArn(), r.key().grantId());
      TableRecord view = view(rec, r);
      data.purge(view);
      keys.forget(view);
      checkedAt.remove(id(rec, r));
    }
  }

  private static String id(TableRecord rec, TableRecord.Replica r) {
    return rec.tableId + "#" + r.region();
  }
}
