package io.atrest.engine.table.expr;

import io.atrest.engine.table.item.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;

/** DynamoDB ordering of scalar values: numbers numerically, strings and binaries bytewise. */
public final class Comparisons {
  private Comparisons() {}

  /** Compares two values of the same scalar type; empty when they are not comparable. */
  public static OptionalInt compare(AttributeValue a, AttributeValue b) {
    if (a instanceof AttributeValue.N x && b instanceof AttributeValue.N y) {
      return OptionalInt.of(x.decimal().compareTo(y.decimal()));
    }
    if (a instanceof AttributeValue.S x && b instanceof AttributeValue.S y) {
      return OptionalInt.of(
          Arrays.compareUnsigned(
              x.value().getBytes(StandardCharsets.UTF_8),
              y.value().getBytes(StandardCharsets.UTF_8)));
    }
    if (a instanceof AttributeValue.B x && b instanceof AttributeValue.B y) {
      return OptionalInt.of(x.value().compareTo(y.value()));
    }
    return OptionalInt.empty();
  }

  /** Equality as DynamoDB sees it (numbers by value). */
  public static boolean equal(AttributeValue a, AttributeValue b) {
    OptionalInt c = compare(a, b);
    return c.isPresent() ? c.getAsInt() == 0 : a.equals(b);
  }

  static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
    if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
      return s.value().startsWith(p.value());
    }
    if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
      return b.value().startsWith(p.value());
    }
    return false;
  }
}
