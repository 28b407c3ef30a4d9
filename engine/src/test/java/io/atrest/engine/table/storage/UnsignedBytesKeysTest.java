package io.atrest.engine.table.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;

class UnsignedBytesKeysTest {
  @TempDir Path dir;

  @Test
  void order_isMapDbsByteArrayOrder() {
    byte[][] keys = {
      {}, {0}, {0, 0}, {1}, {1, 2}, {127}, {(byte) 0x80}, {(byte) 0xff}, {(byte) 0xff, 0}
    };
    for (byte[] a : keys) {
      for (byte[] b : keys) {
        assertThat(Integer.signum(UnsignedBytesKeys.INSTANCE.compare(a, b)))
            .as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
            .isEqualTo(Integer.signum(Serializer.BYTE_ARRAY.compare(a, b)));
      }
    }
  }

  @Test
  void manyKeysSharingALongPrefix_areFoundAndScannedInOrder() {
    List<byte[]> keys = keysWithCommonPrefix(3000);
    try (MapDbRecordStore s = MapDbRecordStore.inMemory()) {
      keys.forEach(k -> s.put(Space.ITEMS, k, k));
      keys.forEach(
          k ->
              assertThat(s.get(Space.ITEMS, k))
                  .hasValueSatisfying(v -> assertThat(v).isEqualTo(k)));
      List<byte[]> scanned = new ArrayList<>();
      for (Map.Entry<byte[], byte[]> e : s.scan(Space.ITEMS, Arrays.copyOf(keys.get(0), 36))) {
        scanned.add(e.getKey());
      }
      List<byte[]> sorted = new ArrayList<>(keys);
      sorted.sort(Arrays::compareUnsigned);
      assertThat(scanned).containsExactlyElementsOf(sorted);
    }
  }

  @Test
  void fileWrittenWithMapDbsOwnKeySerializer_readsInTheStore() {
    Path file = dir.resolve("old.db");
    List<byte[]> keys = keysWithCommonPrefix(500);
    DB old = DBMaker.fileDB(file.toFile()).fileChannelEnable().transactionEnable().make();
    BTreeMap<byte[], byte[]> items =
        old.treeMap(Space.ITEMS.name(), Serializer.BYTE_ARRAY, Serializer.BYTE_ARRAY)
            .createOrOpen();
    keys.forEach(k -> items.put(k, k));
    old.commit();
    old.close();
    try (MapDbRecordStore s = MapDbRecordStore.file(file)) {
      keys.forEach(
          k ->
              assertThat(s.get(Space.ITEMS, k))
                  .hasValueSatisfying(v -> assertThat(v).isEqualTo(k)));
    }
  }

  /** Keys as the table store makes them: a 36-byte table id, then 32 random location bytes. */
  private static List<byte[]> keysWithCommonPrefix(int n) {
    Random random = new Random(7);
    byte[] prefix =
        "0b6a6f0e-8a55-4b6c-9d1e-3f2a1c0d9e8f".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    List<byte[]> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      byte[] k = Arrays.copyOf(prefix, prefix.length + 32);
      byte[] loc = new byte[32];
      random.nextBytes(loc);
      System.arraycopy(loc, 0, k, prefix.length, loc.length);
      keys.add(k);
    }
    return keys;
  }
}
