package io.atrest.engine.table.storage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one narrow interface between the table store and its persistence: ordered maps of opaque byte
 * keys to opaque byte values, one per {@link Space}, with explicit commit.
 *
 * <p>Callers only ever hand this interface ciphertext and non-secret identifiers; nothing here
 * encrypts. Writes become durable at {@link #commit()} in file-backed stores; a store reopened on
 * the same file sees every committed write and none that was not committed.
 */
public interface RecordStore extends AutoCloseable {

  void put(Space space, byte[] key, byte[] value);

  Optional<byte[]> get(Space space, byte[] key);

  void delete(Space space, byte[] key);

  /** Entries whose keys start with {@code prefix}, in key order; a snapshot safe to iterate. */
  Iterable<Map.Entry<byte[], byte[]>> scan(Space space, byte[] prefix);

  /**
   * At most {@code limit} entries whose keys start with {@code prefix} and sort after {@code after}
   * (all of them when {@code after} is empty), in key order; a snapshot safe to iterate. Key order
   * is unsigned lexicographic (a shorter key before its extensions), as MapDB orders byte arrays;
   * this default filters {@link #scan}, stores may do better.
   */
  default List<Map.Entry<byte[], byte[]>> scanPage(
      Space space, byte[] prefix, Optional<byte[]> after, int limit) {
    List<Map.Entry<byte[], byte[]>> page = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : scan(space, prefix)) {
      if (page.size() == limit) {
        break;
      }
      if (after.isEmpty() || Arrays.compareUnsigned(e.getKey(), after.get()) > 0) {
        page.add(e);
      }
    }
    return page;
  }

  /** Makes every write so far durable (no effect for in-memory stores). */
  void commit();

  @Override
  void close();
}
