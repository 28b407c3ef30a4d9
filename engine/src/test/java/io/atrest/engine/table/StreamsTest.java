package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.Space;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StreamsTest {
  private final MapDbRecordStore store = MapDbRecordStore.inMemory();
  private final TableFixture f = new TableFixture(store);

  private void musicWithStream(String viewType) {
    f.db.createTable(
        TableFixture.music(f.alice).stream(viewType)
            .sse(SseSpecification.customerManaged(f.kms.createKey()))
            .build());
  }

  private static Map<String, AttributeValue> song(String title, int version) {
    Map<String, AttributeValue> item = new HashMap<>(TableFixture.song("Acme", title));
    item.put("V", AttributeValue.n(version));
    return item;
  }

  private List<StreamRecord> records() {
    return f.db.streams().records(f.alice, "Music");
  }

  @Test
  void insertModifyRemove_areReadBackInOrder() {
    musicWithStream("NEW_AND_OLD_IMAGES");
    f.put(f.alice, song("T", 1));
    f.put(f.alice, song("T", 2));
    f.db
        .items()
        .deleteItem(
            new DeleteItemRequest(
                f.alice, "Music", TableFixture.song("Acme", "T"), Optional.empty()));
    assertThat(records())
        .extracting(StreamRecord::eventName)
        .containsExactly("INSERT", "MODIFY", "REMOVE");
  }

  @Test
  void newAndOldImages_carryBothImagesOfAModify() {
    musicWithStream("NEW_AND_OLD_IMAGES");
    f.put(f.alice, song("T", 1));
    f.put(f.alice, song("T", 2));
    StreamRecord modify = records().get(1);
    assertThat(modify.oldImage()).contains(song("T", 1));
    assertThat(modify.newImage()).contains(song("T", 2));
    assertThat(modify.keys()).isEqualTo(TableFixture.song("Acme", "T"));
  }

  @Test
  void keysOnlyStream_carriesNoImages() {
    musicWithStream("KEYS_ONLY");
    f.put(f.alice, song("T", 1));
    StreamRecord insert = records().get(0);
    assertThat(insert.newImage()).isEmpty();
    assertThat(insert.oldImage()).isEmpty();
    assertThat(insert.keys()).isEqualTo(TableFixture.song("Acme", "T"));
  }

  @Test
  void tableWithoutStream_hasNoStreamToRead() {
    f.createMusic(SseSpecification.awsManaged());
    assertThatThrownBy(this::records).isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void callerDeniedTheKey_cannotReadTheStream() {
    musicWithStream("NEW_IMAGE");
    f.put(f.alice, song("T", 1));
    f.kms.deny(f.bob.principal().arn());
    assertThatThrownBy(() -> f.db.streams().records(f.bob, "Music"))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void storedStreamRecords_holdNoPlaintext() {
    musicWithStream("NEW_AND_OLD_IMAGES");
    Map<String, AttributeValue> item = new HashMap<>(TableFixture.song("Acme", "T"));
    item.put("Lyrics", AttributeValue.s("CANARY-stream-lyrics"));
    f.put(f.alice, item);
    byte[] canary = "CANARY-stream-lyrics".getBytes(StandardCharsets.UTF_8);
    assertThat(store.scan(Space.STREAM_RECORDS, new byte[0]))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(new String(e.getValue(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(canary, StandardCharsets.ISO_8859_1)));
  }
}
