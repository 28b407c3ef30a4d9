package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of Query or Scan: {@code Items}, {@code Count}, {@code ScannedCount}, and {@code
 * LastEvaluatedKey} when the page stopped at {@code Limit} (pass it as the next {@code
 * ExclusiveStartKey}; a page can be empty).
 */
public record ItemsResult(
    List<Map<String, AttributeValue>> items,
    int count,
    int scannedCount,
    Optional<Map<String, AttributeValue>> lastEvaluatedKey) {
  public ItemsResult {
    items = List.copyOf(items);
    lastEvaluatedKey = lastEvaluatedKey.map(Map::copyOf);
  }

  public ItemsResult(List<Map<String, AttributeValue>> items, int count, int scannedCount) {
    this(items, count, scannedCount, Optional.empty());
  }
}
