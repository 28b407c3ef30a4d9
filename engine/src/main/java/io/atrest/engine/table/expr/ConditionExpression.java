package io.atrest.engine.table.expr;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A parsed {@code ConditionExpression}: comparisons ({@code = <> < <= > >=}) of attributes and
 * values, {@code attribute_exists}, {@code attribute_not_exists}, {@code begins_with}, combined
 * with {@code AND}, {@code OR}, {@code NOT} and parentheses, on top-level attributes.
 */
public final class ConditionExpression {
  private static final String KIND = "ConditionExpression";
  private final Node root;

  private ConditionExpression(Node root) {
    this.root = root;
  }

  public static ConditionExpression parse(
      String expression, Map<String, String> names, Map<String, AttributeValue> values) {
    Tokens t = new Tokens(KIND, expression, names, values);
    Node root = or(t);
    if (!t.atEnd()) {
      throw t.syntax(t.peek());
    }
    return new ConditionExpression(root);
  }

  /** Whether the condition holds for {@code item} (empty when the item does not exist). */
  public boolean test(Map<String, AttributeValue> item) {
    return root.test(item);
  }

  private interface Node {
    boolean test(Map<String, AttributeValue> item);
  }

  private interface Term {
    AttributeValue resolve(Map<String, AttributeValue> item);
  }

  private static Node or(Tokens t) {
    Node left = and(t);
    while (t.peekIs("OR")) {
      t.next();
      Node l = left;
      Node r = and(t);
      left = item -> l.test(item) || r.test(item);
    }
    return left;
  }

  private static Node and(Tokens t) {
    Node left = not(t);
    while (t.peekIs("AND")) {
      t.next();
      Node l = left;
      Node r = not(t);
      left = item -> l.test(item) && r.test(item);
    }
    return left;
  }

  private static Node not(Tokens t) {
    if (t.peekIs("NOT")) {
      t.next();
      Node inner = not(t);
      return item -> !inner.test(item);
    }
    return primary(t);
  }

  private static Node primary(Tokens t) {
    if (t.peekIs("(")) {
      t.next();
      Node inner = or(t);
      t.expect(")");
      return inner;
    }
    if (t.peekIs("attribute_exists") || t.peekIs("attribute_not_exists")) {
      boolean exists = t.next().equalsIgnoreCase("attribute_exists");
      t.expect("(");
      String name = t.name();
      t.expect(")");
      return item -> item.containsKey(name) == exists;
    }
    if (t.peekIs("begins_with")) {
      t.next();
      t.expect("(");
      Term a = term(t);
      t.expect(",");
      Term b = term(t);
      t.expect(")");
      return item -> {
        AttributeValue x = a.resolve(item);
        AttributeValue y = b.resolve(item);
        return x != null && y != null && Comparisons.beginsWith(x, y);
      };
    }
    return comparison(t);
  }

  private static Node comparison(Tokens t) {
    Term left = term(t);
    String op = t.next();
    Term right = term(t);
    return item -> {
      AttributeValue a = left.resolve(item);
      AttributeValue b = right.resolve(item);
      if (a == null || b == null) {
        return false;
      }
      if (op.equals("=")) {
        return Comparisons.equal(a, b);
      }
      if (op.equals("<>")) {
        return !Comparisons.equal(a, b);
      }
      OptionalInt c = Comparisons.compare(a, b);
      return c.isPresent() && ordered(op, c.getAsInt());
    };
  }

  private static boolean ordered(String op, int c) {
    switch (op) {
      case "<":
        return c < 0;
      case "<=":
        return c <= 0;
      case ">":
        return c > 0;
      case ">=":
        return c >= 0;
      default:
        return false;
    }
  }

  private static Term term(Tokens t) {
    if (t.peekIsValue()) {
      AttributeValue v = t.value();
      return item -> v;
    }
    String name = t.name();
    return item -> item.get(name);
  }
}
