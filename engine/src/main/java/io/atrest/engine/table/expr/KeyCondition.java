package io.atrest.engine.table.expr;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.ScalarType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A parsed {@code KeyConditionExpression}: equality on the partition key, and optionally one
 * condition on the sort key.
 */
public record KeyCondition(AttributeValue partitionValue, Optional<SortCondition> sort) {
  private static final String KIND = "KeyConditionExpression";

  /**
   * Parses {@code expression} against the key schema being queried; {@code typeOf} gives each key
   * attribute's declared type.
   */
  public static KeyCondition parse(
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values,
      KeySchema schema,
      Function<String, ScalarType> typeOf) {
    Tokens t = new Tokens(KIND, expression, names, values);
    AttributeValue partition = null;
    SortCondition sort = null;
    do {
      Parsed p = parseOne(t);
      if (p.attribute.equals(schema.hashKey())) {
        if (p.condition.operator() != SortCondition.Operator.EQ || partition != null) {
          throw t.invalid("Query key condition not supported");
        }
        partition = p.condition.operands().get(0);
      } else if (schema.rangeKey().filter(p.attribute::equals).isPresent() && sort == null) {
        sort = p.condition;
      } else {
        throw t.invalid("Query key condition not supported");
      }
      checkTypes(p, typeOf.apply(p.attribute));
    } while (t.peekIs("AND") && t.next() != null);
    if (!t.atEnd()) {
      throw t.syntax(t.peek());
    }
    if (partition == null) {
      throw new ValidationException(
          "Query condition missed key schema element: " + schema.hashKey());
    }
    return new KeyCondition(partition, Optional.ofNullable(sort));
  }

  private record Parsed(String attribute, SortCondition condition) {}

  private static Parsed parseOne(Tokens t) {
    if (t.peekIs("begins_with")) {
      t.next();
      t.expect("(");
      String name = t.name();
      t.expect(",");
      AttributeValue prefix = t.value();
      t.expect(")");
      return new Parsed(
          name, new SortCondition(SortCondition.Operator.BEGINS_WITH, List.of(prefix)));
    }
    String name = t.name();
    String op = t.next();
    if (op.equalsIgnoreCase("BETWEEN")) {
      AttributeValue low = t.value();
      t.expect("AND");
      AttributeValue high = t.value();
      if (Comparisons.compare(low, high).orElse(0) > 0) {
        throw t.invalid(
            "The BETWEEN operator requires upper bound to be greater than or equal to lower"
                + " bound");
      }
      return new Parsed(
          name, new SortCondition(SortCondition.Operator.BETWEEN, List.of(low, high)));
    }
    SortCondition.Operator operator = comparison(t, op);
    return new Parsed(name, new SortCondition(operator, List.of(t.value())));
  }

  private static SortCondition.Operator comparison(Tokens t, String op) {
    switch (op) {
      case "=":
        return SortCondition.Operator.EQ;
      case "<":
        return SortCondition.Operator.LT;
      case "<=":
        return SortCondition.Operator.LE;
      case ">":
        return SortCondition.Operator.GT;
      case ">=":
        return SortCondition.Operator.GE;
      default:
        throw t.syntax(op);
    }
  }

  private static void checkTypes(Parsed p, ScalarType type) {
    for (AttributeValue v : p.condition.operands()) {
      if (!v.type().equals(type.name())) {
        throw new ValidationException(
            "One or more parameter values were invalid: Condition parameter type does not match"
                + " schema type");
      }
    }
  }
}
