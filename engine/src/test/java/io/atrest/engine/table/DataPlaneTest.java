package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ConditionalCheckFailedException;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataPlaneTest {
  private final TableFixture f = new TableFixture();

  @BeforeEach
  void musicWithIndex() {
    f.db.createTable(
        TableFixture.music(f.alice)
            .attribute("Year", ScalarType.N)
            .index(
                new SecondaryIndex(
                    "ByYear",
                    SecondaryIndex.Kind.GLOBAL,
                    KeySchema.hashRange("Year", "SongTitle"),
                    Projection.all()))
            .sse(SseSpecification.customerManaged(f.kms.createKey()))
            .build());
    for (String title : List.of("Alpha", "Beta", "Gamma", "Delta")) {
      Map<String, AttributeValue> item = new HashMap<>(song("Acme", title));
      item.put("Year", AttributeValue.n(title.length() == 5 ? 2020 : 2021));
      f.put(f.alice, item);
    }
  }

  private List<String> titles(ItemsResult r) {
    return r.items().stream().map(i -> ((AttributeValue.S) i.get("SongTitle")).value()).toList();
  }

  private ItemsResult query(String expr, Map<String, AttributeValue> values) {
    return f.db.items().query(QueryRequest.of(f.alice, "Music", Expression.of(expr, values)));
  }

  @Test
  void putThenGet_returnsTheItem() {
    assertThat(f.get(f.alice, "Acme", "Beta"))
        .get()
        .extracting(i -> i.get("Year"))
        .isEqualTo(AttributeValue.n(2021));
  }

  @Test
  void getMissingItem_isEmpty() {
    assertThat(f.get(f.alice, "Acme", "Zeta")).isEmpty();
  }

  @Test
  void putWithoutSortKey_failsWithMissingKey() {
    assertThatThrownBy(() -> f.put(f.alice, Map.of("Artist", AttributeValue.s("A"))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "One or more parameter values were invalid: Missing the key SongTitle in the item");
  }

  @Test
  void putIntoMissingTable_failsWithResourceNotFound() {
    assertThatThrownBy(
            () -> f.db.items().putItem(PutItemRequest.of(f.alice, "Nope", song("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Requested resource not found");
  }

  @Test
  void queryBeginsWith_returnsMatchingSortKeysInOrder() {
    assertThat(
            titles(
                query(
                    "Artist = :a AND begins_with(SongTitle, :p)",
                    Map.of(":a", AttributeValue.s("Acme"), ":p", AttributeValue.s("G")))))
        .containsExactly("Gamma");
  }

  @Test
  void queryBetween_isInclusive() {
    assertThat(
            titles(
                query(
                    "Artist = :a AND SongTitle BETWEEN :l AND :h",
                    Map.of(
                        ":a",
                        AttributeValue.s("Acme"),
                        ":l",
                        AttributeValue.s("Beta"),
                        ":h",
                        AttributeValue.s("Delta")))))
        .containsExactly("Beta", "Delta");
  }

  @Test
  void queryLessThan_returnsSmallerSortKeys() {
    assertThat(
            titles(
                query(
                    "Artist = :a AND SongTitle < :v",
                    Map.of(":a", AttributeValue.s("Acme"), ":v", AttributeValue.s("Beta")))))
        .containsExactly("Alpha");
  }

  @Test
  void queryWithNamePlaceholders_resolvesNames() {
    Expression e =
        new Expression(
            "#a = :a AND #t >= :v",
            Map.of("#a", "Artist", "#t", "SongTitle"),
            Map.of(":a", AttributeValue.s("Acme"), ":v", AttributeValue.s("Delta")));
    assertThat(titles(f.db.items().query(QueryRequest.of(f.alice, "Music", e))))
        .containsExactly("Delta", "Gamma");
  }

  @Test
  void queryWithWrongValueType_fails() {
    assertThatThrownBy(() -> query("Artist = :a", Map.of(":a", AttributeValue.n(1))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Condition parameter type does not match schema type");
  }

  @Test
  void queryOnGlobalIndex_findsByIndexKeyInSortOrder() {
    Expression e =
        new Expression("#y = :y", Map.of("#y", "Year"), Map.of(":y", AttributeValue.n(2020)));
    assertThat(titles(f.db.items().query(QueryRequest.of(f.alice, "Music", e).onIndex("ByYear"))))
        .containsExactly("Alpha", "Delta", "Gamma");
  }

  @Test
  void queryOnUnknownIndex_fails() {
    Expression e = Expression.of("Artist = :a", Map.of(":a", AttributeValue.s("Acme")));
    assertThatThrownBy(
            () -> f.db.items().query(QueryRequest.of(f.alice, "Music", e).onIndex("Nope")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("The table does not have the specified index: Nope");
  }

  @Test
  void scan_returnsEveryItem() {
    assertThat(f.db.items().scan(new ScanRequest(f.alice, "Music", Optional.empty())).count())
        .isEqualTo(4);
  }

  @Test
  void updateItemSetAndRemove_changesAttributes() {
    Map<String, AttributeValue> updated =
        f.db
            .items()
            .updateItem(
                new UpdateItemRequest(
                    f.alice,
                    "Music",
                    song("Acme", "Beta"),
                    Expression.of(
                        "SET Plays = :p REMOVE #y".replace("#y", "Year"),
                        Map.of(":p", AttributeValue.n(3))),
                    Optional.empty()));
    assertThat(updated).containsEntry("Plays", AttributeValue.n(3)).doesNotContainKey("Year");
  }

  @Test
  void updateOfKeyAttribute_fails() {
    assertThatThrownBy(
            () ->
                f.db
                    .items()
                    .updateItem(
                        new UpdateItemRequest(
                            f.alice,
                            "Music",
                            song("Acme", "Beta"),
                            Expression.of("SET Artist = :p", Map.of(":p", AttributeValue.s("x"))),
                            Optional.empty())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Cannot update attribute Artist. This attribute is part of the key");
  }

  @Test
  void putWithFailingCondition_failsWithConditionalCheckFailed() {
    PutItemRequest r =
        new PutItemRequest(
            f.alice,
            "Music",
            song("Acme", "Beta"),
            Optional.of(Expression.of("attribute_not_exists(Artist)", Map.of())));
    assertThatThrownBy(() -> f.db.items().putItem(r))
        .isInstanceOf(ConditionalCheckFailedException.class)
        .hasMessage("The conditional request failed");
  }

  @Test
  void deleteItem_removesItAndItsIndexEntry() {
    f.db
        .items()
        .deleteItem(
            new DeleteItemRequest(f.alice, "Music", song("Acme", "Alpha"), Optional.empty()));
    assertThat(f.get(f.alice, "Acme", "Alpha")).isEmpty();
    assertThat(f.db.items().scan(new ScanRequest(f.alice, "Music", Optional.of("ByYear"))).count())
        .isEqualTo(3);
  }

  @Test
  void batchWriteThenBatchGet_roundTrips() {
    f.db
        .items()
        .batchWriteItem(
            f.alice,
            Map.of(
                "Music",
                List.of(
                    new WriteRequest.Put(song("Zed", "One")),
                    new WriteRequest.Delete(song("Acme", "Beta")))));
    Map<String, List<Map<String, AttributeValue>>> got =
        f.db
            .items()
            .batchGetItem(
                f.alice, Map.of("Music", List.of(song("Zed", "One"), song("Acme", "Beta"))));
    assertThat(got.get("Music")).containsExactly(song("Zed", "One"));
  }
}
