package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.DataPlane;
import io.atrest.engine.table.Expression;
import io.atrest.engine.table.GetItemRequest;
import io.atrest.engine.table.PutItemRequest;
import io.atrest.engine.table.QueryRequest;
import io.atrest.engine.table.ScanRequest;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The item calls of the table steps (PutItem, GetItem, Query, Scan), each recorded as the
 * scenario's last DynamoDB call, and steady traffic spread over a span of the scenario's clock.
 */
public final class ItemRequests {

  private final KmsWorld world;
  private final TableWorld tables;
  private final TableCalls calls;
  private final ItemBook book;

  public ItemRequests(KmsWorld world, TableWorld tables, TableCalls calls, ItemBook book) {
    this.world = world;
    this.tables = tables;
    this.calls = calls;
    this.book = book;
  }

  /** PutItem of item {@code name} (its key, a payload and the extra string attributes). */
  public TableCall put(Caller caller, String table, String name, Map<String, String> extra) {
    Map<String, AttributeValue> item = book.item(table, name, extra);
    TableCall call =
        calls.attempt(
            "PutItem",
            caller,
            table,
            () -> items().putItem(PutItemRequest.of(caller, table, item)));
    if (call.succeeded()) {
      book.written(table, name, item);
    }
    return call;
  }

  public TableCall get(Caller caller, String table, String name) {
    Map<String, AttributeValue> key = book.key(table, name);
    return calls.attempt(
        "GetItem", caller, table, () -> items().getItem(new GetItemRequest(caller, table, key)));
  }

  /** GetItem on the table's replica in another region, by a caller of that region. */
  public TableCall getFromReplica(Caller caller, String table, String region, String name) {
    Map<String, AttributeValue> key = book.key(table, name);
    return calls.attempt(
        "GetItem",
        caller,
        table,
        () -> items().getReplicaItem(region, new GetItemRequest(caller, table, key)));
  }

  /** Scan of the table's replica in another region, by a caller of that region. */
  public TableCall scanReplica(Caller caller, String table, String region) {
    return calls.attempt(
        "Scan",
        caller,
        table,
        () -> items().scanReplica(region, new ScanRequest(caller, table, Optional.empty())));
  }

  /** Query of one partition of the table, or of an index when {@code index} is given. */
  public TableCall query(
      Caller caller, String table, Optional<String> index, String attribute, String value) {
    Expression condition =
        new Expression("#k = :v", Map.of("#k", attribute), Map.of(":v", AttributeValue.s(value)));
    QueryRequest base = QueryRequest.of(caller, table, condition);
    QueryRequest request = index.map(base::onIndex).orElse(base);
    return calls.attempt("Query", caller, table, () -> items().query(request));
  }

  public TableCall scan(Caller caller, String table) {
    return calls.attempt(
        "Scan",
        caller,
        table,
        () -> items().scan(new ScanRequest(caller, table, Optional.empty())));
  }

  /**
   * {@code count} requests of {@code operation} spread evenly over {@code span} of the scenario's
   * clock (the first at once, the last one interval before the span ends), stopping at the first
   * refusal, which becomes the last call.
   */
  public TableCall traffic(
      Caller caller, String operation, int count, String table, Duration span) {
    if (count < 1) {
      throw new IllegalArgumentException("request count must be at least 1, not " + count);
    }
    Duration interval = span.dividedBy(count);
    String name = String.join("/", java.util.Collections.nCopies(book.keyCount(table), "traffic"));
    Supplier<TableCall> request =
        switch (operation) {
          case "GetItem" -> () -> get(caller, table, name);
          case "PutItem" -> () -> put(caller, table, name, Map.of());
          case "Query" ->
              () ->
                  query(
                      caller, table, Optional.empty(), TableRequests.MUSIC_KEYS.get(0), "traffic");
          case "Scan" -> () -> scan(caller, table);
          default ->
              throw new IllegalArgumentException(
                  "traffic of `"
                      + operation
                      + "` is not supported;"
                      + " use GetItem, PutItem, Query or Scan");
        };
    TableCall last = request.get();
    for (int i = 1; last.succeeded(); i++) {
      world.clock().advance(interval);
      if (i == count) {
        world.kms().processDueEvents();
        return last;
      }
      last = request.get();
    }
    return last;
  }

  private DataPlane items() {
    return tables.db().items();
  }
}
