package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.List;
import java.util.Map;

/** The result of Query or Scan: {@code Items}, {@code Count}, {@code ScannedCount}. */
public record ItemsResult(List<Map<String, AttributeValue>> items, int count, int scannedCount) {
  public ItemsResult {
    items = List.copyOf(items);
  }
}
