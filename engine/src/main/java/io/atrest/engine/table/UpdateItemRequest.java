package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/**
 * UpdateItem: {@code TableName}, {@code Key}, {@code UpdateExpression}, optional {@code
 * ConditionExpression}; both expressions share the names and values of {@code update}.
 */
public record UpdateItemRequest(
    Caller caller,
    String tableName,
    Map<String, AttributeValue> key,
    Expression update,
    Optional<String> conditionExpression) {
  public UpdateItemRequest {
    key = Map.copyOf(key);
  }
}
