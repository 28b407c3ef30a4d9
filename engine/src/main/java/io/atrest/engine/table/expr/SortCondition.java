package io.atrest.engine.table.expr;

import io.atrest.engine.table.item.AttributeValue;
import java.util.List;
import java.util.OptionalInt;

/** A condition on the sort key of a Query: a comparison, {@code BETWEEN} or {@code begins_with}. */
public record SortCondition(Operator operator, List<AttributeValue> operands) {
  /** The operators DynamoDB allows on a sort key. */
  public enum Operator {
    EQ,
    LT,
    LE,
    GT,
    GE,
    BETWEEN,
    BEGINS_WITH
  }

  public SortCondition {
    operands = List.copyOf(operands);
  }

  public boolean matches(AttributeValue value) {
    if (operator == Operator.BEGINS_WITH) {
      return Comparisons.beginsWith(value, operands.get(0));
    }
    OptionalInt c = Comparisons.compare(value, operands.get(0));
    if (c.isEmpty()) {
      return false;
    }
    int cmp = c.getAsInt();
    switch (operator) {
      case EQ:
        return cmp == 0;
      case LT:
        return cmp < 0;
      case LE:
        return cmp <= 0;
      case GT:
        return cmp > 0;
      case GE:
        return cmp >= 0;
      default:
        return cmp >= 0 && Comparisons.compare(value, operands.get(1)).orElse(1) <= 0;
    }
  }
}
