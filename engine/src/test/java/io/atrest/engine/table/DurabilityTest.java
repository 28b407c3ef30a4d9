package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.crypto.SymmetricKey;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.Space;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {
  private static final String CANARY = "CANARY-7f3e9a1c-secret-lyrics";

  @TempDir Path dir;

  @Test
  void reopenedFileStore_recoversTablesAndItems() {
    Path file = dir.resolve("store.db");
    TableFixture first = new TableFixture(MapDbRecordStore.file(file));
    first.createMusic(SseSpecification.customerManaged(first.kms.createKey()));
    first.put(first.alice, song("Acme", "Kept"));
    first.db.close();
    ReferenceDynamoDb reopened =
        new ReferenceDynamoDb(
            TestKms.ACCOUNT,
            TestKms.REGION,
            first.clock,
            first.kms,
            MapDbRecordStore.file(file),
            ControlPlaneAudit.none(),
            first.authorizer());
    assertThat(reopened.listTables()).containsExactly("Music");
    assertThat(
            reopened
                .items()
                .getItem(new GetItemRequest(first.alice, "Music", song("Acme", "Kept"))))
        .isPresent();
    reopened.close();
  }

  @Test
  void storeFiles_holdNoPlaintextItemDataOrKeys() throws IOException {
    MapDbRecordStore store = MapDbRecordStore.file(dir.resolve("store.db"));
    TableFixture f = new TableFixture(store);
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
    for (int i = 0; i < 50; i++) {
      Map<String, AttributeValue> item = new HashMap<>(song(CANARY + i, CANARY));
      item.put("Lyrics", AttributeValue.s(CANARY));
      f.put(f.alice, item);
    }
    List<byte[]> secrets = new ArrayList<>();
    secrets.add(CANARY.getBytes(StandardCharsets.UTF_8));
    f.db.backups().createBackup(f.alice, "Music", "b");
    SymmetricKey tableKey = tableKeyOf(f, store);
    secrets.add(tableKey.exportForWrapping());
    secrets.addAll(ringOf(store, tableKey).exportAllForLeakTest());
    f.db.close();
    assertThat(secrets).hasSize(1 + 1 + KeyRing.PARTITIONS + 1);
    for (byte[] secret : secrets) {
      assertThat(foundInFiles(secret)).as("secret found in a store file").isFalse();
    }
  }

  @Test
  void leakScan_findsACanaryWrittenInPlaintext() throws IOException {
    MapDbRecordStore store = MapDbRecordStore.file(dir.resolve("store.db"));
    store.put(
        Space.ITEMS, "k".getBytes(StandardCharsets.UTF_8), CANARY.getBytes(StandardCharsets.UTF_8));
    store.commit();
    store.close();
    assertThat(foundInFiles(CANARY.getBytes(StandardCharsets.UTF_8))).isTrue();
  }

  @Test
  void leakScan_findsAPlaintextTableKeyWrittenToTheStore() throws IOException {
    MapDbRecordStore store = MapDbRecordStore.file(dir.resolve("store.db"));
    TableFixture f = new TableFixture(store);
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
    byte[] tableKey = tableKeyOf(f, store).exportForWrapping();
    store.put(Space.TABLES, "leak".getBytes(StandardCharsets.UTF_8), tableKey);
    store.commit();
    f.db.close();
    assertThat(foundInFiles(tableKey)).isTrue();
  }

  private static SymmetricKey tableKeyOf(TableFixture f, MapDbRecordStore store) {
    TableRecord rec = new Tables(store).find("Music").orElseThrow();
    return f.kms.decrypt(
        f.alice,
        rec.kmsKeyArn,
        rec.encryptedTableKey,
        Map.of("aws:dynamodb:tableName", "Music", "aws:dynamodb:subscriberId", TestKms.ACCOUNT));
  }

  private static KeyRing ringOf(MapDbRecordStore store, SymmetricKey tableKey) {
    TableRecord rec = new Tables(store).find("Music").orElseThrow();
    return KeyRing.unwrap("Music", tableKey, rec.wrappedKeys);
  }

  private boolean foundInFiles(byte[] secret) throws IOException {
    for (byte[] content : filesIn(dir)) {
      if (indexOf(content, secret) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static List<byte[]> filesIn(Path dir) throws IOException {
    List<byte[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.add(Files.readAllBytes(p));
      }
    }
    assertThat(out).isNotEmpty();
    return out;
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
