package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/** DeleteItem: {@code TableName}, {@code Key}, optional {@code ConditionExpression}. */
public record DeleteItemRequest(
    Caller caller,
    String tableName,
    Map<String, AttributeValue> key,
    Optional<Expression> condition) {
  public DeleteItemRequest {
    key = Map.copyOf(key);
  }
}
