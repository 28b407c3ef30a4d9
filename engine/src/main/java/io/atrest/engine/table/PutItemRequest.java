package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Optional;

/** PutItem: {@code TableName}, {@code Item}, optional {@code ConditionExpression}. */
public record PutItemRequest(
    Caller caller, String tableName, Map<String, AttributeValue> item, Optional<Expression> condition) {
  public PutItemRequest {
    item = Map.copyOf(item);
  }

  public static PutItemRequest of(Caller caller, String tableName, Map<String, AttributeValue> item) {
    return new PutItemRequest(caller, tableName, item, Optional.empty());
  }
}
