package io.atrest.engine.table.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbRecordStoreTest {
  @TempDir Path dir;

  @Test
  void committedWrites_surviveReopen() {
    Path file = dir.resolve("s.db");
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      s.put(Space.ITEMS, new byte[] {1}, new byte[] {42});
      s.commit();
    }
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      assertThat(s.get(Space.ITEMS, new byte[] {1}))
          .hasValueSatisfying(v -> assertThat(v).containsExactly(42));
    }
  }

  @Test
  void scan_returnsOnlyKeysWithThePrefix() {
    try (MapDbRecordStore s = MapDbRecordStore.inMemory()) {
      s.put(Space.ITEMS, new byte[] {1, 1}, new byte[] {1});
      s.put(Space.ITEMS, new byte[] {1, 2}, new byte[] {2});
      s.put(Space.ITEMS, new byte[] {2, 1}, new byte[] {3});
      List<Byte> values = new ArrayList<>();
      for (Map.Entry<byte[], byte[]> e : s.scan(Space.ITEMS, new byte[] {1})) {
        values.add(e.getValue()[0]);
      }
      assertThat(values).containsExactlyInAnyOrder((byte) 1, (byte) 2);
    }
  }

  @Test
  void spaces_areSeparate() {
    try (MapDbRecordStore s = MapDbRecordStore.inMemory()) {
      s.put(Space.ITEMS, new byte[] {1}, new byte[] {1});
      assertThat(s.get(Space.BACKUPS, new byte[] {1})).isEmpty();
    }
  }
}
