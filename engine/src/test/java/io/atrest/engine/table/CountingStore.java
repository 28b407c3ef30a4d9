package io.atrest.engine.table;

import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link RecordStore} that counts the reads (point reads and scans) and writes it passes on. */
final class CountingStore implements RecordStore {
  private final RecordStore delegate;
  private final Map<Space, Integer> reads = new EnumMap<>(Space.class);
  private int writes;

  CountingStore(RecordStore delegate) {
    this.delegate = delegate;
  }

  int reads(Space space) {
    return reads.getOrDefault(space, 0);
  }

  int reads() {
    return reads.values().stream().mapToInt(Integer::intValue).sum();
  }

  int writes() {
    return writes;
  }

  private void read(Space space) {
    reads.merge(space, 1, Integer::sum);
  }

  @Override
  public void put(Space space, byte[] key, byte[] value) {
    writes++;
    delegate.put(space, key, value);
  }

  @Override
  public Optional<byte[]> get(Space space, byte[] key) {
    read(space);
    return delegate.get(space, key);
  }

  @Override
  public void delete(Space space, byte[] key) {
    writes++;
    delegate.delete(space, key);
  }

  @Override
  public Iterable<Map.Entry<byte[], byte[]>> scan(Space space, byte[] prefix) {
    read(space);
    return delegate.scan(space, prefix);
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> scanPage(
      Space space, byte[] prefix, Optional<byte[]> after, int limit) {
    read(space);
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
