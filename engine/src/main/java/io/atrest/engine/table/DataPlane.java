package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ConditionalCheckFailedException;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.expr.ConditionExpression;
import io.atrest.engine.table.expr.UpdateExpression;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.ItemSize;
import io.atrest.engine.table.schema.PrimaryKey;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.storage.RecordStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The item operations of the reference DynamoDB. Each request first obtains the table's data keys
 * for its caller (a KMS Decrypt at most every five minutes per caller), so a key that became
 * unusable stops the table at the next refresh.
 */
public final class DataPlane {
  private final ReferenceDynamoDb db;
  private final Tables tables;
  private final ItemData data;
  private final Lifecycle lifecycle;
  private final RecordStore store;
  private final AtomicLong streamSequence = new AtomicLong(System.currentTimeMillis() * 1000);
  private final Reads reads;

  DataPlane(
      ReferenceDynamoDb db, Tables tables, ItemData data, Lifecycle lifecycle, RecordStore store) {
    this.db = db;
    this.tables = tables;
    this.data = data;
    this.lifecycle = lifecycle;
    this.store = store;
    this.reads = new Reads(data);
  }

  /**
   * PutItem; returns the item it replaced when {@code ReturnValues} is {@code ALL_OLD}. The old
   * item is read only when something needs it (a condition, ALL_OLD, index upkeep or the stream).
   */
  public Optional<Map<String, AttributeValue>> putItem(PutItemRequest r) {
    synchronized (db) {
      db.authorization().table(r.caller(), "PutItem", r.tableName());
      return put(r);
    }
  }

  /** PutItem without the entry check (for a batch, authorized as a whole). */
  private Optional<Map<String, AttributeValue>> put(PutItemRequest r) {
    synchronized (db) {
      Access a = open(r.caller(), r.tableName());
      PrimaryKey key = a.schema.keyOfItem(r.item());
      ItemSize.requireWithinLimit(r.item());
      boolean allOld = r.returnValues() == ReturnValues.ALL_OLD;
      boolean readOld =
          allOld
              || r.condition().isPresent()
              || !a.schema.indexes().isEmpty()
              || a.rec.streamViewType != null;
      Optional<Map<String, AttributeValue>> old =
          readOld ? data.get(a.rec, a.ring, key) : Optional.empty();
      r.condition().ifPresent(c -> check(c, old));
      data.put(a.rec, a.schema, a.ring, key, r.item(), old);
      replicate(a, key, Optional.of(r.item()));
      stream(a, old.isPresent() ? "MODIFY" : "INSERT", key, Optional.of(r.item()), old);
      store.commit();
      return allOld ? old : Optional.empty();
    }
  }

  public Optional<Map<String, AttributeValue>> getItem(GetItemRequest r) {
    synchronized (db) {
      db.authorization().table(r.caller(), "GetItem", r.tableName());
      return get(r);
    }
  }

  /** GetItem without the entry check (for a batch, authorized as a whole). */
  private Optional<Map<String, AttributeValue>> get(GetItemRequest r) {
    synchronized (db) {
      Access a = open(r.caller(), r.tableName());
      return data.get(a.rec, a.ring, a.schema.keyOf(r.key()));
    }
  }

  /** DeleteItem; returns the deleted item, if there was one. */
  public Optional<Map<String, AttributeValue>> deleteItem(DeleteItemRequest r) {
    synchronized (db) {
      db.authorization().table(r.caller(), "DeleteItem", r.tableName());
      return delete(r);
    }
  }

  /** DeleteItem without the entry check (for a batch, authorized as a whole). */
  private Optional<Map<String, AttributeValue>> delete(DeleteItemRequest r) {
    synchronized (db) {
      Access a = open(r.caller(), r.tableName());
      PrimaryKey key = a.schema.keyOf(r.key());
      r.condition().ifPresent(c -> check(c, data.get(a.rec, a.ring, key)));
      Optional<Map<String, AttributeValue>> old = data.delete(a.rec, a.schema, a.ring, key);
      if (old.isPresent()) {
        replicate(a, key, Optional.empty());
        stream(a, "REMOVE", key, Optional.empty(), old);
      }
      store.commit();
      return old;
    }
  }

  /** UpdateItem (SET / REMOVE); creates the item when absent; returns the new item. */
  public Map<String, AttributeValue> updateItem(UpdateItemRequest r) {
    return update(r).updated();
  }

  /**
   * UpdateItem, also returning the item as it was before and the attributes the expression names,
   * for {@code ReturnValues} other than NONE. Authorized as UpdateItem alone: DynamoDB asks no
   * {@code dynamodb:GetItem} for the old values it returns.
   */
  public UpdatedItem updateItemReturningOld(UpdateItemRequest r) {
    return update(r);
  }

  private UpdatedItem update(UpdateItemRequest r) {
    synchronized (db) {
      db.authorization().table(r.caller(), "UpdateItem", r.tableName());
      Access a = open(r.caller(), r.tableName());
      PrimaryKey key = a.schema.keyOf(r.key());
      Expression u = r.update();
      UpdateExpression update = UpdateExpression.parse(u.expression(), u.names(), u.values());
      for (String target : update.targets()) {
        if (a.schema.keySchema().attributeNames().contains(target)) {
          throw new ValidationException(
              "One or more parameter values were invalid: Cannot update attribute "
                  + target
                  + ". This attribute is part of the key");
        }
      }
      Optional<Map<String, AttributeValue>> old = data.get(a.rec, a.ring, key);
      r.conditionExpression().ifPresent(c -> check(new Expression(c, u.names(), u.values()), old));
      Map<String, AttributeValue> base = new LinkedHashMap<>(old.orElse(Map.of()));
      base.putAll(key.asMap(a.schema.keySchema()));
      Map<String, AttributeValue> updated = update.apply(base);
      // AWS's UpdateItem size message is not verified; PutItem's (verified) is used for both.
      ItemSize.requireWithinLimit(updated);
      data.put(a.rec, a.schema, a.ring, key, updated, old);
      replicate(a, key, Optional.of(updated));
      stream(a, old.isPresent() ? "MODIFY" : "INSERT", key, Optional.of(updated), old);
      store.commit();
      return new UpdatedItem(old, updated, update.targets());
    }
  }

  /**
   * GetItem on the table's replica in {@code region}, by a caller of that region: authorized on the
   * replica's table ARN, decrypted with the replica's own table key (cached per caller and
   * refreshed through that region's KMS as the caller). A replica that left the replication group
   * still answers, with the items it had when it left.
   *
   * @throws io.atrest.engine.table.error.AccessDeniedException when the replica's key is unusable,
   *     as the table's own reads fail when its key is
   */
  public Optional<Map<String, AttributeValue>> getReplicaItem(String region, GetItemRequest r) {
    synchronized (db) {
      db.authorization().replicaTable(r.caller(), "GetItem", region, r.tableName());
      ReplicaAccess a = openReplica(r.caller(), r.tableName(), region);
      return data.get(a.replica.view(), a.replica.ring(), a.schema.keyOf(r.key()));
    }
  }

  /**
   * Scan of the table's replica in {@code region}, by a caller of that region (see {@link
   * #getReplicaItem}).
   */
  public ItemsResult scanReplica(String region, ScanRequest r) {
    synchronized (db) {
      db.authorization().replicaTable(r.caller(), "Scan", region, r.tableName());
      ReplicaAccess a = openReplica(r.caller(), r.tableName(), region);
      return reads.scan(a.replica.view(), a.schema, a.replica.ring(), r);
    }
  }

  public ItemsResult query(QueryRequest r) {
    synchronized (db) {
      db.authorization().tableOrIndex(r.caller(), "Query", r.tableName(), r.indexName());
      Access a = open(r.caller(), r.tableName());
      return reads.query(a.rec, a.schema, a.ring, r);
    }
  }

  public ItemsResult scan(ScanRequest r) {
    synchronized (db) {
      db.authorization().tableOrIndex(r.caller(), "Scan", r.tableName(), r.indexName());
      Access a = open(r.caller(), r.tableName());
      return reads.scan(a.rec, a.schema, a.ring, r);
    }
  }

  /** BatchGetItem: keys per table; returns the items found, per table. */
  public Map<String, List<Map<String, AttributeValue>>> batchGetItem(
      Caller caller, Map<String, List<Map<String, AttributeValue>>> requestItems) {
    int total = requestItems.values().stream().mapToInt(List::size).sum();
    if (total > 100) {
      throw new ValidationException("Too many items requested for the BatchGetItem call");
    }
    // Every table is authorized before any is read, so a refused batch reads nothing.
    requestItems.keySet().forEach(t -> db.authorization().table(caller, "BatchGetItem", t));
    Map<String, List<Map<String, AttributeValue>>> out = new LinkedHashMap<>();
    requestItems.forEach(
        (table, keys) -> {
          List<Map<String, AttributeValue>> found = new ArrayList<>();
          for (Map<String, AttributeValue> k : keys) {
            get(new GetItemRequest(caller, table, k)).ifPresent(found::add);
          }
          out.put(table, found);
        });
    return out;
  }

  /** BatchWriteItem: puts and deletes per table, at most 25 in all. */
  public void batchWriteItem(Caller caller, Map<String, List<WriteRequest>> requestItems) {
    int total = requestItems.values().stream().mapToInt(List::size).sum();
    if (total < 1 || total > 25) {
      throw new ValidationException(
          "1 validation error detected: Value at 'requestItems' failed to satisfy constraint: Map"
              + " value must satisfy constraint: [Member must have length less than or equal to 25,"
              + " Member must have length greater than or equal to 1]");
    }
    // Every table is authorized before any is written, so a refused batch writes nothing.
    requestItems.keySet().forEach(t -> db.authorization().table(caller, "BatchWriteItem", t));
    requestItems.forEach(
        (table, writes) -> {
          for (WriteRequest w : writes) {
            if (w instanceof WriteRequest.Put p) {
              put(PutItemRequest.of(caller, table, p.item()));
            } else if (w instanceof WriteRequest.Delete d) {
              delete(new DeleteItemRequest(caller, table, d.key(), Optional.empty()));
            }
          }
        });
  }

  private record Access(TableRecord rec, TableSchema schema, KeyRing ring) {}

  private Access open(Caller caller, String tableName) {
    TableRecord rec = tables.data(tableName);
    TableStatus before = rec.status;
    Instant since = rec.inaccessibleSince;
    boolean pending = rec.pendingTransition;
    boolean replicasChanged = false;
    try {
      lifecycle.observe(rec, db.backups()::archive);
      replicasChanged = db.observeReplicas(rec);
      return new Access(rec, tables.schema(rec), lifecycle.access(rec, caller));
    } finally {
      if (replicasChanged
          || rec.status != before
          || rec.inaccessibleSince != since
          || rec.pendingTransition != pending) {
        tables.save(rec);
      }
    }
  }

  private record ReplicaAccess(Replicas.Access replica, TableSchema schema) {}

  private ReplicaAccess openReplica(Caller caller, String tableName, String region) {
    TableRecord rec = tables.data(tableName);
    List<TableRecord.Replica> before = List.copyOf(rec.replicas);
    try {
      db.observeReplicas(rec);
      return new ReplicaAccess(db.replica(rec, region, caller), tables.schema(rec));
    } finally {
      if (!rec.replicas.equals(before)) {
        tables.save(rec);
      }
    }
  }

  private void replicate(Access a, PrimaryKey key, Optional<Map<String, AttributeValue>> item) {
    if (db.replicate(a.rec, a.schema, key, item)) {
      tables.save(a.rec);
    }
  }

  private static void check(Expression c, Optional<Map<String, AttributeValue>> current) {
    ConditionExpression condition =
        ConditionExpression.parse(c.expression(), c.names(), c.values());
    if (!condition.test(current.orElse(Map.of()))) {
      throw new ConditionalCheckFailedException("The conditional request failed");
    }
  }

  /**
   * The table's stream records, decrypted for {@code caller} (whose use of the table key is
   * authorized and cached like any data-plane request), oldest first.
   *
   * @throws ResourceNotFoundException when the table has no stream, as DynamoDB Streams answers for
   *     a stream that does not exist
   */
  List<StreamRecord> streamRecords(Caller caller, String tableName) {
    synchronized (db) {
      db.authorization().streamRead(caller, tableName, tables.data(tableName).created);
      Access a = open(caller, tableName);
      if (a.rec.streamViewType == null) {
        throw new ResourceNotFoundException(
            "Requested resource not found: Table: " + tableName + " has no stream");
      }
      return data.streamRecords(a.rec, a.ring).stream()
          .map(e -> StreamRecord.of(e.getKey(), a.rec.streamViewType, e.getValue()))
          .toList();
    }
  }

  /** Appends a stream record with the images its {@code StreamViewType} keeps. */
  private void stream(
      Access a,
      String event,
      PrimaryKey key,
      Optional<Map<String, AttributeValue>> newImage,
      Optional<Map<String, AttributeValue>> oldImage) {
    String view = a.rec.streamViewType;
    if (view == null) {
      return;
    }
    Map<String, AttributeValue> record = new LinkedHashMap<>();
    record.put("Keys", AttributeValue.m(key.asMap(a.schema.keySchema())));
    if (view.equals("NEW_IMAGE") || view.equals("NEW_AND_OLD_IMAGES")) {
      newImage.ifPresent(i -> record.put("NewImage", AttributeValue.m(i)));
    }
    if (view.equals("OLD_IMAGE") || view.equals("NEW_AND_OLD_IMAGES")) {
      oldImage.ifPresent(i -> record.put("OldImage", AttributeValue.m(i)));
    }
    data.appendStream(a.rec, a.ring, streamSequence.incrementAndGet(), event, record);
  }
}
