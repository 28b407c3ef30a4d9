package io.atrest.engine.table;

import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.ItemCodec;
import io.atrest.engine.table.schema.PrimaryKey;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Encrypted items, index entries and stream records of tables in a {@link RecordStore}.
 *
 * <p>Layout: an item lives at {@code tableId | loc(partition key) | loc(sort key)}, where {@code
 * loc} is an HMAC under the table's locator key, so storage keys reveal no key values. Its value is
 * the binary-encoded item sealed with the data key of its partition and bound to the table name,
 * partition and storage key. Index entries live at {@code tableId | index | loc(index partition
 * key) | loc(primary key)} and hold the projected item, sealed the same way.
 */
final class ItemData {
  private final RecordStore store;

  ItemData(RecordStore store) {
    this.store = store;
  }

  Optional<Map<String, AttributeValue>> get(TableRecord rec, KeyRing ring, PrimaryKey key) {
    Location loc = locate(rec, ring, key);
    return store.get(Space.ITEMS, loc.storageKey).map(v -> open(ring, "item", loc, v));
  }

  /**
   * Writes {@code item} (whose key is {@code key}) and maintains indexes. {@code old} is the item
   * it replaces, whose index entries go; it may be left empty when the table has no index.
   */
  void put(
      TableRecord rec,
      TableSchema schema,
      KeyRing ring,
      PrimaryKey key,
      Map<String, AttributeValue> item,
      Optional<Map<String, AttributeValue>> old) {
    Location loc = locate(rec, ring, key);
    store.put(
        Space.ITEMS,
        loc.storageKey,
        ring.seal("item", loc.partition, loc.storageKey, ItemCodec.encode(item)));
    old.ifPresent(o -> removeIndexEntries(rec, schema, ring, key, o));
    addIndexEntries(rec, schema, ring, key, item);
  }

  Optional<Map<String, AttributeValue>> delete(
      TableRecord rec, TableSchema schema, KeyRing ring, PrimaryKey key) {
    Location loc = locate(rec, ring, key);
    Optional<Map<String, AttributeValue>> old =
        store.get(Space.ITEMS, loc.storageKey).map(v -> open(ring, "item", loc, v));
    old.ifPresent(
        o -> {
          store.delete(Space.ITEMS, loc.storageKey);
          removeIndexEntries(rec, schema, ring, key, o);
        });
    return old;
  }

  /** Every item with partition key {@code hash} (unordered). */
  List<Map<String, AttributeValue>> partition(TableRecord rec, KeyRing ring, AttributeValue hash) {
    byte[] hashLoc = ring.locate(ItemCodec.encodeValue(hash));
    byte[] prefix = concat(id(rec), hashLoc);
    return openAll(Space.ITEMS, prefix, ring, "item", ring.partitionOf(hashLoc));
  }

  /**
   * Items of the table in storage order: at most {@code limit}, after the item whose key is {@code
   * after} when given (that item need not exist any more).
   */
  List<Map<String, AttributeValue>> all(
      TableRecord rec, KeyRing ring, Optional<PrimaryKey> after, Optional<Integer> limit) {
    byte[] prefix = id(rec);
    Optional<byte[]> from = after.map(k -> locate(rec, ring, k).storageKey);
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e :
        store.scanPage(Space.ITEMS, prefix, from, limit.orElse(Integer.MAX_VALUE))) {
      int partition = ring.partitionOf(new byte[] {e.getKey()[prefix.length]});
      out.add(ItemCodec.decode(ring.open("item", partition, e.getKey(), e.getValue())));
    }
    return out;
  }

  /** Where an index entry sits: its index key, then the key of the item it projects. */
  record Position(PrimaryKey indexKey, PrimaryKey tableKey) {}

  /** Index entries of {@code index} whose index partition key is {@code hash}. */
  List<Map<String, AttributeValue>> indexPartition(
      TableRecord rec, KeyRing ring, SecondaryIndex index, AttributeValue hash) {
    byte[] hashLoc = ring.locate(ItemCodec.encodeValue(hash));
    return openAll(
        Space.INDEX_ENTRIES,
        concat(indexPrefix(rec, index), hashLoc),
        ring,
        "index",
        ring.partitionOf(hashLoc));
  }

  /** Entries of {@code index} in storage order, paged like {@link #all}. */
  List<Map<String, AttributeValue>> indexAll(
      TableRecord rec,
      KeyRing ring,
      SecondaryIndex index,
      Optional<Position> after,
      Optional<Integer> limit) {
    byte[] prefix = indexPrefix(rec, index);
    Optional<byte[]> from =
        after.map(p -> indexLocation(rec, ring, index, p.indexKey(), p.tableKey()).storageKey);
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e :
        store.scanPage(Space.INDEX_ENTRIES, prefix, from, limit.orElse(Integer.MAX_VALUE))) {
      int partition = ring.partitionOf(new byte[] {e.getKey()[prefix.length]});
      out.add(ItemCodec.decode(ring.open("index", partition, e.getKey(), e.getValue())));
    }
    return out;
  }

  /** Raw (sealed) item records of a table, for backups. */
  Iterable<Map.Entry<byte[], byte[]>> rawItems(TableRecord rec) {
    return store.scan(Space.ITEMS, id(rec));
  }

  /** Removes every record of a table. */
  void purge(TableRecord rec) {
    for (Space s : List.of(Space.ITEMS, Space.INDEX_ENTRIES, Space.STREAM_RECORDS)) {
      for (Map.Entry<byte[], byte[]> e : store.scan(s, id(rec))) {
        store.delete(s, e.getKey());
      }
    }
  }

  /** Appends an encrypted stream record when the table has a stream. */
  void appendStream(
      TableRecord rec,
      KeyRing ring,
      long sequence,
      String eventName,
      Map<String, AttributeValue> record) {
    if (rec.streamViewType == null) {
      return;
    }
    byte[] key = concat(id(rec), ByteBuffer.allocate(8).putLong(sequence).array());
    Map<String, AttributeValue> body = new LinkedHashMap<>(record);
    body.put("eventName", AttributeValue.s(eventName));
    store.put(Space.STREAM_RECORDS, key, ring.seal("stream", 0, key, ItemCodec.encode(body)));
  }

  /** The table's stream records, oldest first, each with its sequence number. */
  List<Map.Entry<Long, Map<String, AttributeValue>>> streamRecords(TableRecord rec, KeyRing ring) {
    byte[] prefix = id(rec);
    List<Map.Entry<Long, Map<String, AttributeValue>>> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : store.scan(Space.STREAM_RECORDS, prefix)) {
      long sequence = ByteBuffer.wrap(e.getKey(), prefix.length, 8).getLong();
      out.add(
          Map.entry(sequence, ItemCodec.decode(ring.open("stream", 0, e.getKey(), e.getValue()))));
    }
    return out;
  }

  private void addIndexEntries(
      TableRecord rec,
      TableSchema schema,
      KeyRing ring,
      PrimaryKey key,
      Map<String, AttributeValue> item) {
    for (SecondaryIndex index : schema.indexes()) {
      Optional<PrimaryKey> ik = schema.indexKeyOfItem(index, item);
      if (ik.isPresent()) {
        Location loc = indexLocation(rec, ring, index, ik.get(), key);
        byte[] projected = ItemCodec.encode(project(schema, index, item));
        store.put(
            Space.INDEX_ENTRIES,
            loc.storageKey,
            ring.seal("index", loc.partition, loc.storageKey, projected));
      }
    }
  }

  private void removeIndexEntries(
      TableRecord rec,
      TableSchema schema,
      KeyRing ring,
      PrimaryKey key,
      Map<String, AttributeValue> item) {
    for (SecondaryIndex index : schema.indexes()) {
      schema
          .indexKeyOfItem(index, item)
          .ifPresent(
              ik ->
                  store.delete(
                      Space.INDEX_ENTRIES, indexLocation(rec, ring, index, ik, key).storageKey));
    }
  }

  private static Map<String, AttributeValue> project(
      TableSchema schema, SecondaryIndex index, Map<String, AttributeValue> item) {
    if (index.projection().projectionType() == Projection.Type.ALL) {
      return item;
    }
    Set<String> keep = new HashSet<>(schema.keySchema().attributeNames());
    keep.addAll(index.keySchema().attributeNames());
    keep.addAll(index.projection().nonKeyAttributes());
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    item.forEach(
        (k, v) -> {
          if (keep.contains(k)) {
            out.put(k, v);
          }
        });
    return out;
  }

  private record Location(byte[] storageKey, int partition) {}

  private static Location locate(TableRecord rec, KeyRing ring, PrimaryKey key) {
    byte[] hashLoc = ring.locate(ItemCodec.encodeValue(key.hash()));
    byte[] rangeLoc =
        key.range().map(r -> ring.locate(ItemCodec.encodeValue(r))).orElse(new byte[0]);
    return new Location(concat(id(rec), hashLoc, rangeLoc), ring.partitionOf(hashLoc));
  }

  private static Location indexLocation(
      TableRecord rec, KeyRing ring, SecondaryIndex index, PrimaryKey indexKey, PrimaryKey key) {
    byte[] hashLoc = ring.locate(ItemCodec.encodeValue(indexKey.hash()));
    byte[] primary =
        ring.locate(
            concat(
                ItemCodec.encodeValue(key.hash()),
                key.range().map(ItemCodec::encodeValue).orElse(new byte[0])));
    return new Location(
        concat(indexPrefix(rec, index), hashLoc, primary), ring.partitionOf(hashLoc));
  }

  private List<Map<String, AttributeValue>> openAll(
      Space space, byte[] prefix, KeyRing ring, String purpose, int partition) {
    List<Map<String, AttributeValue>> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : store.scan(space, prefix)) {
      out.add(ItemCodec.decode(ring.open(purpose, partition, e.getKey(), e.getValue())));
    }
    return out;
  }

  private static Map<String, AttributeValue> open(
      KeyRing ring, String purpose, Location loc, byte[] sealed) {
    return ItemCodec.decode(ring.open(purpose, loc.partition, loc.storageKey, sealed));
  }

  private static byte[] id(TableRecord rec) {
    return rec.idBytes();
  }

  private static byte[] indexPrefix(TableRecord rec, SecondaryIndex index) {
    return concat(id(rec), (index.indexName() + "/").getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
