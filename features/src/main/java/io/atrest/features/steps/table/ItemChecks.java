package io.atrest.features.steps.table;

import io.atrest.engine.table.ItemsResult;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks of what the last read returned against what the scenario wrote. */
public final class ItemChecks {

  private final TableCalls calls;
  private final ItemBook book;

  public ItemChecks(TableCalls calls, ItemBook book) {
    this.calls = calls;
    this.book = book;
  }

  /** The last call was a GetItem that returned item {@code name} exactly as written. */
  public void returned(String name) {
    TableCall call = succeeded("GetItem");
    Map<String, AttributeValue> expected = book.expected(call.table(), name);
    if (expected == null) {
      throw new IllegalStateException(
          "the scenario never wrote item \"" + name + "\" to table " + call.table());
    }
    Optional<?> item = (Optional<?>) call.value().orElseThrow();
    if (!item.equals(Optional.of(expected))) {
      throw new AssertionError(
          "expected GetItem to return item \""
              + name
              + "\" as written: "
              + expected
              + "\nbut it returned "
              + item.map(Object::toString).orElse("no item")
              + "\ncalled: "
              + call.describe());
    }
  }

  /**
   * The last call was a Query or Scan that returned exactly the named items, in order, as written.
   */
  public void returnedItems(String names) {
    TableCall call = calls.last();
    if (!call.succeeded() || !(call.value().orElseThrow() instanceof ItemsResult result)) {
      throw new AssertionError("expected a successful Query or Scan\ncalled: " + call.describe());
    }
    List<String> wanted =
        Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    List<String> got = result.items().stream().map(i -> book.nameOf(call.table(), i)).toList();
    if (!got.equals(wanted)) {
      throw new AssertionError(
          "expected items " + wanted + " but " + call.operation() + " returned " + got);
    }
    for (Map<String, AttributeValue> item : result.items()) {
      Map<String, AttributeValue> expected =
          book.expected(call.table(), book.nameOf(call.table(), item));
      if (!item.equals(expected)) {
        throw new AssertionError(
            "expected item "
                + expected
                + " as written, but "
                + call.operation()
                + " returned "
                + item);
      }
    }
  }

  private TableCall succeeded(String operation) {
    TableCall call = calls.last();
    if (!call.operation().equals(operation) || !call.succeeded()) {
      throw new AssertionError(
          "expected the last DynamoDB call to be a successful "
              + operation
              + "\ncalled: "
              + call.describe());
    }
    return call;
  }
}
