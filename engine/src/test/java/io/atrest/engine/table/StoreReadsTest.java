package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.Space;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a data-plane request costs the storage files: table metadata, schema and unwrapped data keys
 * live in memory, so a GetItem reads the one item record and nothing else, and a PutItem that
 * returns nothing, on a table without index or stream, reads nothing.
 */
class StoreReadsTest {
  @TempDir Path dir;
  private CountingStore store;
  private TableFixture f;

  @BeforeEach
  void musicOnAFile() {
    store = new CountingStore(MapDbRecordStore.file(dir.resolve("store.db")));
    f = new TableFixture(store);
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
    f.put(f.alice, song("Acme", "Kept"));
    f.get(f.alice, "Acme", "Kept");
  }

  @AfterEach
  void close() {
    f.db.close();
  }

  @Test
  void getItem_readsOnlyTheItemRecord() {
    int before = store.reads();
    int items = store.reads(Space.ITEMS);
    f.get(f.alice, "Acme", "Kept");
    assertThat(store.reads() - before).isEqualTo(1);
    assertThat(store.reads(Space.ITEMS) - items).isEqualTo(1);
  }

  @Test
  void getItem_writesNothing() {
    int before = store.writes();
    f.get(f.alice, "Acme", "Kept");
    assertThat(store.writes()).isEqualTo(before);
  }

  @Test
  void putItemReturningNothingWithoutIndexOrStream_readsNothing() {
    int before = store.reads();
    f.db
        .items()
        .putItem(
            PutItemRequest.of(f.alice, "Music", song("Acme", "New"))
                .withReturnValues(ReturnValues.NONE));
    assertThat(store.reads()).isEqualTo(before);
  }

  @Test
  void getItemAfterTheKeyCacheExpired_stillReadsOnlyTheItemRecord() {
    f.clock.advance(TableKeys.REFRESH_INTERVAL);
    int before = store.reads();
    f.get(f.alice, "Acme", "Kept");
    assertThat(store.reads() - before).isEqualTo(1);
  }
}
