package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;

/**
 * An expression with its {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues}.
 */
public record Expression(
    String expression, Map<String, String> names, Map<String, AttributeValue> values) {
  public Expression {
    Objects.requireNonNull(expression, "expression");
    names = Map.copyOf(names);
    values = Map.copyOf(values);
  }

  public static Expression of(String expression, Map<String, AttributeValue> values) {
    return new Expression(expression, Map.of(), values);
  }
}
