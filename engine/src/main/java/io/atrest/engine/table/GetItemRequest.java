package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;

/** GetItem: {@code TableName}, {@code Key}. */
public record GetItemRequest(Caller caller, String tableName, Map<String, AttributeValue> key) {
  public GetItemRequest {
    key = Map.copyOf(key);
  }
}
