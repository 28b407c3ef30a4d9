package io.atrest.engine.table.expr;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed {@code UpdateExpression} with {@code SET} and {@code REMOVE} clauses on top-level
 * attributes. A {@code SET} operand is a value, an attribute, {@code if_not_exists(a, :v)}, or a
 * sum or difference of two of those.
 */
public final class UpdateExpression {
  private static final String KIND = "UpdateExpression";
  private final Map<String, Operand> sets;
  private final List<String> removes;

  private UpdateExpression(Map<String, Operand> sets, List<String> removes) {
    this.sets = sets;
    this.removes = removes;
  }

  /** The attributes this update writes or removes. */
  public Set<String> targets() {
    Set<String> all = new HashSet<>(sets.keySet());
    all.addAll(removes);
    return all;
  }

  public static UpdateExpression parse(
      String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    Tokens t = new Tokens(KIND, expression, names, values);
    Map<String, Operand> sets = new LinkedHashMap<>();
    List<String> removes = new ArrayList<>();
    Set<String> clauses = new HashSet<>();
    while (!t.atEnd()) {
      String clause = t.next().toUpperCase(java.util.Locale.ROOT);
      if (!clauses.add(clause)) {
        throw t.invalid(
            "The \"" + clause + "\" section can only be used once in an update expression;");
      }
      if (clause.equals("SET")) {
        do {
          String target = t.name();
          t.expect("=");
          overlap(t, sets.put(target, operand(t)) != null || removes.contains(target), target);
        } while (t.peekIs(",") && t.next() != null);
      } else if (clause.equals("REMOVE")) {
        do {
          String target = t.name();
          overlap(t, sets.containsKey(target) || removes.contains(target), target);
          removes.add(target);
        } while (t.peekIs(",") && t.next() != null);
      } else {
        throw t.syntax(clause);
      }
    }
    return new UpdateExpression(sets, removes);
  }

  private static void overlap(Tokens t, boolean overlapping, String target) {
    if (overlapping) {
      throw t.invalid(
          "Two document paths overlap with each other; must remove or rewrite one of these paths;"
              + " path one: ["
              + target
              + "], path two: ["
              + target
              + "]");
    }
  }

  private static Operand operand(Tokens t) {
    Operand left = single(t);
    if (t.peekIs("+") || t.peekIs("-")) {
      boolean plus = t.next().equals("+");
      return new Arithmetic(left, single(t), plus);
    }
    return left;
  }

  private static Operand single(Tokens t) {
    if (t.peekIsValue()) {
      return new Literal(t.value());
    }
    if (t.peekIs("if_not_exists")) {
      t.next();
      t.expect("(");
      String path = t.name();
      t.expect(",");
      Operand fallback = single(t);
      t.expect(")");
      return new IfNotExists(path, fallback);
    }
    return new Path(t.name());
  }

  /** Applies the update to a copy of {@code item} and returns it. */
  public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
    Map<String, AttributeValue> out = new LinkedHashMap<>(item);
    for (Map.Entry<String, Operand> e : sets.entrySet()) {
      out.put(e.getKey(), e.getValue().evaluate(item));
    }
    removes.forEach(out::remove);
    return out;
  }

  private interface Operand {
    AttributeValue evaluate(Map<String, AttributeValue> item);
  }

  private record Literal(AttributeValue value) implements Operand {
    @Override
    public AttributeValue evaluate(Map<String, AttributeValue> item) {
      return value;
    }
  }

  private record Path(String name) implements Operand {
    @Override
    public AttributeValue evaluate(Map<String, AttributeValue> item) {
      AttributeValue v = item.get(name);
      if (v == null) {
        throw new ValidationException(
            "The provided expression refers to an attribute that does not exist in the item");
      }
      return v;
    }
  }

  private record IfNotExists(String name, Operand fallback) implements Operand {
    @Override
    public AttributeValue evaluate(Map<String, AttributeValue> item) {
      AttributeValue v = item.get(name);
      return v != null ? v : fallback.evaluate(item);
    }
  }

  private record Arithmetic(Operand left, Operand right, boolean plus) implements Operand {
    @Override
    public AttributeValue evaluate(Map<String, AttributeValue> item) {
      AttributeValue a = left.evaluate(item);
      AttributeValue b = right.evaluate(item);
      if (!(a instanceof AttributeValue.N x) || !(b instanceof AttributeValue.N y)) {
        throw new ValidationException(
            "An operand in the update expression has an incorrect data type");
      }
      BigDecimal r = plus ? x.decimal().add(y.decimal()) : x.decimal().subtract(y.decimal());
      return AttributeValue.n(r.toPlainString());
    }
  }
}
