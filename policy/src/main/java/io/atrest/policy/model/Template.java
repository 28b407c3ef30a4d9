package io.atrest.policy.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A policy string that may hold policy variables [IAM-VARS]: {@code ${aws:username}}, {@code ${key,
 * 'default'}}, and the escapes {@code ${*}}, {@code ${?}}, {@code ${$}}. Variables exist only under
 * {@code Version 2012-10-17}; a template read with variables disabled is one literal part. Text
 * that merely looks like a variable but is malformed (no closing brace, an empty key) stays
 * literal.
 */
public record Template(String text, List<Part> parts) {

  public Template {
    Objects.requireNonNull(text, "text");
    parts = List.copyOf(parts);
  }

  /** A piece of a template. */
  public sealed interface Part {}

  /** Text taken as written; in a pattern its {@code *} and {@code ?} are wildcards. */
  public record Literal(String text) implements Part {}

  /** {@code ${*}}, {@code ${?}} or {@code ${$}}: the character itself, never a wildcard. */
  public record Escape(char character) implements Part {}

  /**
   * A context key whose value replaces the variable; {@code lowerCaseKey} is the lookup form, as
   * key names are case-insensitive.
   */
  public record Variable(String key, String lowerCaseKey, Optional<String> defaultValue)
      implements Part {}

  /** Where the values of variables come from: a single-valued key's value, if present. */
  @FunctionalInterface
  public interface Values {
    Optional<String> single(String lowerCaseKey);
  }

  /** The text with its variables substituted, and which characters must be matched literally. */
  public record Resolved(String text, BitSet literal) {}

  /** Reads {@code text}, recognising variables only when {@code variablesEnabled}. */
  public static Template parse(String text, boolean variablesEnabled) {
    if (!variablesEnabled || !text.contains("${")) {
      return new Template(text, List.of(new Literal(text)));
    }
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf("${", i);
      int close = open < 0 ? -1 : text.indexOf('}', open + 2);
      Optional<Part> part =
          close < 0 ? Optional.empty() : variable(text.substring(open + 2, close));
      if (part.isEmpty()) {
        int end = open < 0 ? text.length() : (close < 0 ? text.length() : open + 2);
        literal.append(text, i, end);
        i = end;
        continue;
      }
      literal.append(text, i, open);
      if (literal.length() > 0) {
        parts.add(new Literal(literal.toString()));
        literal.setLength(0);
      }
      parts.add(part.get());
      i = close + 1;
    }
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
    }
    return new Template(text, parts);
  }

  private static Optional<Part> variable(String inside) {
    String body = inside.strip();
    if (body.length() == 1 && "*?$".indexOf(body.charAt(0)) >= 0) {
      return Optional.of(new Escape(body.charAt(0)));
    }
    Optional<String> defaultValue = Optional.empty();
    int comma = body.indexOf(',');
    if (comma >= 0) {
      String rest = body.substring(comma + 1).strip();
      if (rest.length() < 2 || rest.charAt(0) != '\'' || rest.charAt(rest.length() - 1) != '\'') {
        return Optional.empty();
      }
      defaultValue = Optional.of(rest.substring(1, rest.length() - 1));
      body = body.substring(0, comma).strip();
    }
    if (body.isEmpty() || body.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    return Optional.of(new Variable(body, body.toLowerCase(Locale.ROOT), defaultValue));
  }

  /** Whether the template has any variable or escape, that is, needs resolving per request. */
  public boolean hasVariables() {
    return parts.size() != 1 || !(parts.get(0) instanceof Literal);
  }

  /**
   * The text with variables replaced by the request's values. A variable whose key is absent takes
   * its default; with no default the whole value resolves to nothing, so it matches nothing
   * [IAM-VARS]. Escapes and substituted values are marked literal.
   */
  public Optional<Resolved> resolve(Values values) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    BitSet literal = new BitSet();
    for (Part part : parts) {
      int start = out.length();
      if (part instanceof Literal l) {
        out.append(l.text());
      } else if (part instanceof Escape e) {
        out.append(e.character());
        literal.set(start);
      } else if (part instanceof Variable v) {
        Optional<String> value = values.single(v.lowerCaseKey()).or(v::defaultValue);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        out.append(value.get());
        literal.set(start, out.length());
      }
    }
    return Optional.of(new Resolved(out.toString(), literal));
  }
}
