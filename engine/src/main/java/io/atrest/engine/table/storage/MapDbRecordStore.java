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
 */
public final class MapDbRecordStore implements RecordStore {
  private final DB db;
  private final boolean transactional;
  private final Map<Space, BTreeMap<byte[], byte[]>> maps = new EnumMap<>(Space.class);

  private MapDbRecordStore(DB db, boolean transactional) {
    this.db = db;
    this.transactional = transactional;
    for (Space space : Space.values()) {
      maps.put(
          space,
          db.treeMap(space.name(), UnsignedBytesKeys.INSTANCE, Serializer.BYTE_ARRAY)
              .createOrOpen());
    }
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
