package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * PutItem: {@code TableName}, {@code Item}, optional {@code ConditionExpression}, {@code
 * ReturnValues}. The four-argument form and {@link #of} ask for {@code ALL_OLD}, which is what this
 * request returned before {@code ReturnValues} existed here; DynamoDB's own default is {@code NONE}
 * ({@link #withReturnValues}), which lets the store skip reading the old item when nothing else
 * needs it.
 */
public record PutItemRequest(
    Caller caller,
    String tableName,
    Map<String, AttributeValue> item,
    Optional<Expression> condition,
    ReturnValues returnValues) {
  public PutItemRequest {
    item = Map.copyOf(item);
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(returnValues, "returnValues");
  }

  public PutItemRequest(
      Caller caller,
      String tableName,
      Map<String, AttributeValue> item,
      Optional<Expression> condition) {
    this(caller, tableName, item, condition, ReturnValues.ALL_OLD);
  }

  public static PutItemRequest of(
      Caller caller, String tableName, Map<String, AttributeValue> item) {
    return new PutItemRequest(caller, tableName, item, Optional.empty());
  }

  public PutItemRequest withReturnValues(ReturnValues values) {
    return new PutItemRequest(caller, tableName, item, condition, values);
  }
}
