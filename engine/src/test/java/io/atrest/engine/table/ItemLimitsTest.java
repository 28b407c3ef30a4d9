package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.ItemSize;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemLimitsTest {
  private static final int KEYS_AND_NAME =
      "Artist".length() + "Acme".length() + "SongTitle".length() + 1 + "Big".length();
  private final TableFixture f = new TableFixture();

  @BeforeEach
  void music() {
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
  }

  private static Map<String, AttributeValue> songOfSize(int bytes) {
    Map<String, AttributeValue> item = new HashMap<>(song("Acme", "T"));
    item.put("Big", AttributeValue.s("x".repeat(bytes - KEYS_AND_NAME)));
    return item;
  }

  @Test
  void itemOfExactly400KB_isStored() {
    f.put(f.alice, songOfSize(ItemSize.MAX_BYTES));
    assertThat(f.get(f.alice, "Acme", "T")).isPresent();
  }

  @Test
  void itemOver400KB_isRefusedWithDynamoDbsMessage() {
    assertThatThrownBy(() -> f.put(f.alice, songOfSize(ItemSize.MAX_BYTES + 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Item size has exceeded the maximum allowed size");
    assertThat(f.get(f.alice, "Acme", "T")).isEmpty();
  }

  @Test
  void updateGrowingAnItemOver400KB_isRefused() {
    f.put(f.alice, songOfSize(ItemSize.MAX_BYTES));
    Expression grow = Expression.of("SET More = :v", Map.of(":v", AttributeValue.s("y")));
    assertThatThrownBy(
            () ->
                f.db
                    .items()
                    .updateItem(
                        new UpdateItemRequest(
                            f.alice, "Music", song("Acme", "T"), grow, Optional.empty())))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Item size has exceeded the maximum allowed size");
  }

  @Test
  void putWithReturnValuesNone_returnsNothingAndReplacesTheItem() {
    Map<String, AttributeValue> first = new HashMap<>(song("Acme", "T"));
    first.put("V", AttributeValue.n(1));
    f.put(f.alice, first);
    Map<String, AttributeValue> second = new HashMap<>(song("Acme", "T"));
    second.put("V", AttributeValue.n(2));
    assertThat(
            f.db
                .items()
                .putItem(
                    PutItemRequest.of(f.alice, "Music", second)
                        .withReturnValues(ReturnValues.NONE)))
        .isEmpty();
    assertThat(f.get(f.alice, "Acme", "T"))
        .get()
        .extracting(i -> i.get("V"))
        .isEqualTo(AttributeValue.n(2));
  }

  @Test
  void putWithReturnValuesAllOld_returnsTheReplacedItem() {
    f.put(f.alice, song("Acme", "T"));
    assertThat(
            f.db
                .items()
                .putItem(
                    PutItemRequest.of(f.alice, "Music", song("Acme", "T"))
                        .withReturnValues(ReturnValues.ALL_OLD)))
        .contains(song("Acme", "T"));
  }
}
