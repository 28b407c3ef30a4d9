package io.atrest.engine.table.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

/**
 * A {@link RecordStore} on MapDB B-trees: in memory for scenarios, or in one file with a
 * write-ahead log for durability. Memory mapping stays off (its cleaner hack relies on a deprecated
 * {@code Unsafe} method).
 *
 * <p>In a file, the trees keep values outside their nodes. MapDB reads and deserializes a whole
 * node per lookup, and a leaf may hold 32 entries: with sealed items of a kilobyte inline, a
 * GetItem copied some twenty neighbouring items to return one, and a PutItem rewrote all of them.
 * Storage keys are HMACs, so items fall into random leaves, about two thirds full, whatever order
 * they are written in. With values outside, a leaf holds keys and record ids only: a lookup reads a
 * small leaf and the one value, a write writes the value and a small leaf. A file keeps the layout
 * each tree was created with (MapDB records it per tree), so files written before still open.
 */
public final class MapDbRecordStore implements RecordStore {
  private final DB db;
  private final boolean transactional;
  private final Map<Space, BTreeMap<byte[], byte[]>> maps = new EnumMap<>(Space.class);

  private MapDbRecordStore(DB db, boolean transactional) {
    this.db = db;
    this.transactional = transactional;
    for (Space space : Space.values()) {
      maps.put(space, transactional ? fileTree(db, space.name()) : memoryTree(db, space.name()));
    }
  }

  /**
   * The tree {@code name} in the file-backed {@code db}, created if absent, laid out as a file
   * store lays out its spaces: for anything that must store bytes the way the store does.
   */
  public static BTreeMap<byte[], byte[]> fileTree(DB db, String name) {
    return db.treeMap(name, UnsignedBytesKeys.INSTANCE, Serializer.BYTE_ARRAY)
        .valuesOutsideNodesEnable()
        .createOrOpen();
  }

  /**
   * The tree {@code name} in the heap {@code db}, created if absent, laid out as an in-memory store
   * lays out its spaces. A heap store keeps nodes as objects, so values stay inline: one lookup
   * fewer, and nothing is copied per value.
   */
  public static BTreeMap<byte[], byte[]> memoryTree(DB db, String name) {
    return db.treeMap(name, UnsignedBytesKeys.INSTANCE, Serializer.BYTE_ARRAY).createOrOpen();
  }

  /** A store that lives and dies with this object. */
  public static MapDbRecordStore inMemory() {
    return new MapDbRecordStore(DBMaker.heapDB().make(), false);
  }

  /** A transactional store in {@code file}, created if absent, recovered if present. */
  public static MapDbRecordStore file(Path file) {
    return new MapDbRecordStore(
        DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make(), true);
  }

  @Override
  public void put(Space space, byte[] key, byte[] value) {
    maps.get(space).put(key, value);
  }

  @Override
  public Optional<byte[]> get(Space space, byte[] key) {
    return Optional.ofNullable(maps.get(space).get(key));
  }

  @Override
  public void delete(Space space, byte[] key) {
    maps.get(space).remove(key);
  }

  @Override
  public Iterable<Map.Entry<byte[], byte[]>> scan(Space space, byte[] prefix) {
    BTreeMap<byte[], byte[]> map = maps.get(space);
    Map<byte[], byte[]> view = prefix.length == 0 ? map : map.prefixSubMap(prefix);
    List<Map.Entry<byte[], byte[]>> copy = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : view.entrySet()) {
      copy.add(Map.entry(e.getKey(), e.getValue()));
    }
    return copy;
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> scanPage(
      Space space, byte[] prefix, Optional<byte[]> after, int limit) {
    ConcurrentNavigableMap<byte[], byte[]> view = maps.get(space).prefixSubMap(prefix);
    if (after.isPresent()) {
      view = view.tailMap(after.get(), false);
    }
    List<Map.Entry<byte[], byte[]>> page = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : view.entrySet()) {
      if (page.size() == limit) {
        break;
      }
      page.add(Map.entry(e.getKey(), e.getValue()));
    }
    return page;
  }

  @Override
  public void commit() {
    if (transactional) {
      db.commit();
    }
  }

  @Override
  public void close() {
    if (!db.isClosed()) {
      db.close();
    }
  }
}
