package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaginationTest {
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
    for (String title : List.of("Alpha", "Beta", "Gamma", "Delta", "Omega")) {
      Map<String, AttributeValue> item = new HashMap<>(song("Acme", title));
      item.put("Year", AttributeValue.n(2020));
      f.put(f.alice, item);
    }
  }

  private QueryRequest acme() {
    return QueryRequest.of(
        f.alice, "Music", Expression.of("Artist = :a", Map.of(":a", AttributeValue.s("Acme"))));
  }

  private QueryRequest year2020() {
    return QueryRequest.of(
            f.alice,
            "Music",
            new Expression("#y = :y", Map.of("#y", "Year"), Map.of(":y", AttributeValue.n(2020))))
        .onIndex("ByYear");
  }

  private static List<String> titles(List<Map<String, AttributeValue>> items) {
    return items.stream().map(i -> ((AttributeValue.S) i.get("SongTitle")).value()).toList();
  }

  /** Follows LastEvaluatedKey to the end; returns the titles of each page. */
  private static List<List<String>> pages(
      Function<Optional<Map<String, AttributeValue>>, ItemsResult> page) {
    List<List<String>> out = new ArrayList<>();
    Optional<Map<String, AttributeValue>> start = Optional.empty();
    do {
      ItemsResult r = page.apply(start);
      out.add(titles(r.items()));
      start = r.lastEvaluatedKey();
    } while (start.isPresent() && out.size() < 20);
    return out;
  }

  @Test
  void queryWithLimit_returnsTheLastEvaluatedKeyOfThePage() {
    ItemsResult r = f.db.items().query(acme().withLimit(2));
    assertThat(titles(r.items())).containsExactly("Alpha", "Beta");
    assertThat(r.lastEvaluatedKey()).contains(song("Acme", "Beta"));
  }

  @Test
  void queryWithoutLimit_hasNoLastEvaluatedKey() {
    assertThat(f.db.items().query(acme()).lastEvaluatedKey()).isEmpty();
  }

  @Test
  void queryPages_returnEveryItemOnceInOrder() {
    List<List<String>> pages =
        pages(
            s ->
                f.db
                    .items()
                    .query(
                        s.map(k -> acme().withLimit(2).startingAfter(k))
                            .orElse(acme().withLimit(2))));
    assertThat(pages)
        .containsExactly(List.of("Alpha", "Beta"), List.of("Delta", "Gamma"), List.of("Omega"));
  }

  @Test
  void queryPageEndingExactlyAtTheLastItem_isFollowedByAnEmptyPage() {
    List<List<String>> pages =
        pages(
            s ->
                f.db
                    .items()
                    .query(
                        s.map(k -> acme().withLimit(5).startingAfter(k))
                            .orElse(acme().withLimit(5))));
    assertThat(pages)
        .containsExactly(List.of("Alpha", "Beta", "Delta", "Gamma", "Omega"), List.of());
  }

  @Test
  void backwardQueryPages_continueInReverseOrder() {
    QueryRequest backward =
        new QueryRequest(
            f.alice, "Music", Optional.empty(), acme().keyCondition(), false, Optional.of(3));
    List<List<String>> pages =
        pages(s -> f.db.items().query(s.map(backward::startingAfter).orElse(backward)));
    assertThat(pages).containsExactly(List.of("Omega", "Gamma", "Delta"), List.of("Beta", "Alpha"));
  }

  @Test
  void startKeyOfADeletedItem_stillContinuesAfterIt() {
    f.db
        .items()
        .deleteItem(
            new DeleteItemRequest(f.alice, "Music", song("Acme", "Beta"), Optional.empty()));
    ItemsResult r = f.db.items().query(acme().withLimit(2).startingAfter(song("Acme", "Beta")));
    assertThat(titles(r.items())).containsExactly("Delta", "Gamma");
  }

  @Test
  void indexQueryLastEvaluatedKey_carriesTableAndIndexKeys() {
    ItemsResult r = f.db.items().query(year2020().withLimit(1));
    assertThat(r.lastEvaluatedKey().orElseThrow())
        .containsOnlyKeys("Artist", "SongTitle", "Year")
        .containsEntry("SongTitle", AttributeValue.s("Alpha"));
  }

  @Test
  void indexQueryPages_returnEveryEntryOnce() {
    List<List<String>> pages =
        pages(
            s ->
                f.db
                    .items()
                    .query(
                        s.map(k -> year2020().withLimit(2).startingAfter(k))
                            .orElse(year2020().withLimit(2))));
    assertThat(pages.stream().flatMap(List::stream))
        .containsExactly("Alpha", "Beta", "Delta", "Gamma", "Omega");
  }

  @Test
  void startKeyNotMatchingTheSchema_isRefused() {
    assertThatThrownBy(
            () ->
                f.db
                    .items()
                    .query(acme().startingAfter(Map.of("Artist", AttributeValue.s("Acme")))))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "The provided starting key is invalid: The provided key element does not match the schema");
  }

  @Test
  void scanPages_returnEveryItemOnce() {
    ScanRequest scan = new ScanRequest(f.alice, "Music", Optional.empty()).withLimit(2);
    List<List<String>> pages =
        pages(s -> f.db.items().scan(s.map(scan::startingAfter).orElse(scan)));
    assertThat(pages).hasSize(3);
    assertThat(pages.stream().flatMap(List::stream))
        .containsExactlyInAnyOrder("Alpha", "Beta", "Delta", "Gamma", "Omega");
  }

  @Test
  void indexScanPages_returnEveryEntryOnce() {
    ScanRequest scan = new ScanRequest(f.alice, "Music", Optional.of("ByYear")).withLimit(2);
    List<List<String>> pages =
        pages(s -> f.db.items().scan(s.map(scan::startingAfter).orElse(scan)));
    assertThat(pages.stream().flatMap(List::stream))
        .containsExactlyInAnyOrder("Alpha", "Beta", "Delta", "Gamma", "Omega");
  }

  @Test
  void scanWithLimit_returnsAtMostLimitItems() {
    ItemsResult r =
        f.db.items().scan(new ScanRequest(f.alice, "Music", Optional.empty()).withLimit(3));
    assertThat(r.items()).hasSize(3);
    assertThat(r.lastEvaluatedKey()).isPresent();
  }
}
