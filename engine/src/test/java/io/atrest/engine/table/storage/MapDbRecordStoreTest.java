package io.atrest.engine.table.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

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
  void uncommittedWrites_areLostOnReopen() {
    Path file = dir.resolve("s.db");
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      s.put(Space.ITEMS, new byte[] {1}, item(1));
      s.commit();
      s.put(Space.ITEMS, new byte[] {1}, item(2));
      s.put(Space.ITEMS, new byte[] {2}, item(3));
    }
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      assertThat(s.get(Space.ITEMS, new byte[] {1}))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(item(1)));
      assertThat(s.get(Space.ITEMS, new byte[] {2})).isEmpty();
    }
  }

  @Test
  void committedOverwritesAndDeletes_ofKilobyteValues_surviveReopen() {
    Path file = dir.resolve("s.db");
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      for (int i = 0; i < 100; i++) {
        s.put(Space.ITEMS, new byte[] {(byte) i}, item(i));
        s.commit();
      }
      s.put(Space.ITEMS, new byte[] {7}, item(700));
      s.delete(Space.ITEMS, new byte[] {8});
      s.commit();
    }
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      assertThat(s.get(Space.ITEMS, new byte[] {6}))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(item(6)));
      assertThat(s.get(Space.ITEMS, new byte[] {7}))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(item(700)));
      assertThat(s.get(Space.ITEMS, new byte[] {8})).isEmpty();
      assertThat(s.scan(Space.ITEMS, new byte[0])).hasSize(99);
    }
  }

  @Test
  void fileStore_keepsValuesOutsideTreeNodes() {
    Path file = dir.resolve("s.db");
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      s.commit();
    }
    try (DB raw = DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make()) {
      for (Space space : Space.values()) {
        assertThat(raw.nameCatalogParamsFor(space.name()))
            .as(space.name())
            .containsEntry(space.name() + "#valueInline", "false");
      }
    }
  }

  @Test
  void fileWrittenWithValuesInsideNodes_stillReadsAndWrites() {
    Path file = dir.resolve("s.db");
    try (DB raw = DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make()) {
      raw.treeMap(Space.ITEMS.name(), UnsignedBytesKeys.INSTANCE, Serializer.BYTE_ARRAY)
          .createOrOpen()
          .put(new byte[] {1}, item(1));
      raw.commit();
    }
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      assertThat(s.get(Space.ITEMS, new byte[] {1}))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(item(1)));
      s.put(Space.ITEMS, new byte[] {2}, item(2));
      s.commit();
    }
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      assertThat(s.get(Space.ITEMS, new byte[] {2}))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(item(2)));
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

  /** A kilobyte value, distinct for each {@code n}, like a sealed item. */
  private static byte[] item(int n) {
    byte[] v = new byte[1024];
    Arrays.fill(v, (byte) n);
    v[0] = (byte) (n >>> 8);
    return v;
  }
}
