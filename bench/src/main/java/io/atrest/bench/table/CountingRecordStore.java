package io.atrest.bench.table;

import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link RecordStore} that counts the reads (point reads and scans, per {@link Space}) its
 * delegate serves, so the benchmark can print how many storage reads one operation makes. Single
 * threaded, as the benchmark is.
 */
final class CountingRecordStore implements RecordStore {
  private final RecordStore delegate;
  private final Map<Space, long[]> reads = new EnumMap<>(Space.class);

  CountingRecordStore(RecordStore delegate) {
    this.delegate = delegate;
    for (Space space : Space.values()) {
      reads.put(space, new long[1]);
    }
  }

  /** Reads so far per space. */
  Map<Space, Long> reads() {
    Map<Space, Long> out = new EnumMap<>(Space.class);
    reads.forEach((space, n) -> out.put(space, n[0]));
    return out;
  }

  @Override
  public void put(Space space, byte[] key, byte[] value) {
    delegate.put(space, key, value);
  }

  @Override
  public Optional<byte[]> get(Space space, byte[] key) {
    reads.get(space)[0]++;
    return delegate.get(space, key);
  }

  @Override
  public void delete(Space space, byte[] key) {
    delegate.delete(space, key);
  }

  @Override
  public Iterable<Map.Entry<byte[], byte[]>> scan(Space space, byte[] prefix) {
    reads.get(space)[0]++;
    return delegate.scan(space, prefix);
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> scanPage(
      Space space, byte[] prefix, Optional<byte[]> after, int limit) {
    reads.get(space)[0]++;
    return delegate.scanPage(space, prefix, after, limit);
  }

  @Override
  public void commit() {
    delegate.commit();
  }

  @Override
  public void close() {
    delegate.close();
  }
}
