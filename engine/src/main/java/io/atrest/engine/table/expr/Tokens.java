package io.atrest.engine.table.expr;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cursor over the tokens of one DynamoDB expression, resolving {@code #name} and {@code :value}
 * placeholders against the request's {@code ExpressionAttributeNames} and {@code
 * ExpressionAttributeValues}.
 */
final class Tokens {
  private final String kind;
  private final List<String> tokens;
  private final Map<String, String> names;
  private final Map<String, AttributeValue> values;
  private int pos;

  Tokens(
      String kind,
      String expression,
      Map<String, String> names,
      Map<String, AttributeValue> values) {
    this.kind = kind;
    this.tokens = tokenize(kind, expression);
    this.names = names;
    this.values = values;
  }

  private static List<String> tokenize(String kind, String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if ("(),+-".indexOf(c) >= 0 || c == '=') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '<' || c == '>') {
        boolean two = i + 1 < s.length() && (s.charAt(i + 1) == '=' || s.charAt(i + 1) == '>');
        out.add(s.substring(i, two ? i + 2 : i + 1));
        i += two ? 2 : 1;
      } else if (Character.isLetterOrDigit(c) || c == '#' || c == ':' || c == '_') {
        int j = i + 1;
        while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
          j++;
        }
        out.add(s.substring(i, j));
        i = j;
      } else {
        throw new ValidationException(
            "Invalid " + kind + ": Syntax error; token: \"" + c + "\", near: \"" + s + "\"");
      }
    }
    if (out.isEmpty()) {
      throw new ValidationException("Invalid " + kind + ": The expression can not be empty;");
    }
    return out;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  String peek() {
    return atEnd() ? "" : tokens.get(pos);
  }

  boolean peekIs(String token) {
    return peek().equalsIgnoreCase(token);
  }

  String next() {
    if (atEnd()) {
      throw syntax("<EOF>");
    }
    return tokens.get(pos++);
  }

  void expect(String token) {
    String t = next();
    if (!t.equalsIgnoreCase(token)) {
      throw syntax(t);
    }
  }

  ValidationException syntax(String token) {
    return new ValidationException(
        "Invalid " + kind + ": Syntax error; token: \"" + token + "\", near: \"" + around() + "\"");
  }

  ValidationException invalid(String detail) {
    return new ValidationException("Invalid " + kind + ": " + detail);
  }

  private String around() {
    int from = Math.max(0, pos - 2);
    return String.join(" ", tokens.subList(from, Math.min(tokens.size(), pos + 1)));
  }

  /** Reads an attribute name (plain or {@code #placeholder}) and resolves it. */
  String name() {
    String t = next();
    if (t.startsWith("#")) {
      String resolved = names.get(t);
      if (resolved == null) {
        throw invalid(
            "An expression attribute name used in the document path is not defined; attribute"
                + " name: "
                + t);
      }
      return resolved;
    }
    if (t.startsWith(":") || (!Character.isLetter(t.charAt(0)) && t.charAt(0) != '_')) {
      throw syntax(t);
    }
    return t;
  }

  boolean peekIsValue() {
    return peek().startsWith(":");
  }

  /** Reads a {@code :placeholder} and resolves it. */
  AttributeValue value() {
    String t = next();
    if (!t.startsWith(":")) {
      throw syntax(t);
    }
    AttributeValue v = values.get(t);
    if (v == null) {
      throw invalid(
          "An expression attribute value used in expression is not defined; attribute value: " + t);
    }
    return v;
  }
}
