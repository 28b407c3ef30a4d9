package io.atrest.policy.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * An ARN pattern as {@code Resource} and the {@code Arn*} condition operators read it: six
 * colon-separated parts ({@code arn:partition:service:region:account:resource}), each matched
 * separately with {@code *} and {@code ?}, so a wildcard never spans a colon of the first five
 * separators; the resource part keeps any further colons [IAM-RES], [IAM-OPS]. A lone {@code *}
 * matches every value. Matching is case-sensitive and allocates nothing.
 */
public final class ArnPattern {

  private static final int PARTS = 6;

  private final String text;
  private final boolean matchAll;
  private final List<Glob> parts;

  private ArnPattern(String text, boolean matchAll, List<Glob> parts) {
    this.text = text;
    this.matchAll = matchAll;
    this.parts = List.copyOf(parts);
  }

  /** A pattern whose every {@code *} and {@code ?} is a wildcard. */
  public static ArnPattern of(String text) {
    return withLiterals(text, new BitSet());
  }

  /** A pattern in which the characters at {@code literalPositions} match only themselves. */
  public static ArnPattern withLiterals(String text, BitSet literalPositions) {
    Objects.requireNonNull(text, "text");
    if (text.equals("*") && !literalPositions.get(0)) {
      return new ArnPattern(text, true, List.of());
    }
    List<Glob> parts = new ArrayList<>(PARTS);
    int start = 0;
    while (parts.size() < PARTS - 1) {
      int colon = text.indexOf(':', start);
      if (colon < 0) {
        break;
      }
      parts.add(part(text, start, colon, literalPositions));
      start = colon + 1;
    }
    parts.add(part(text, start, text.length(), literalPositions));
    return new ArnPattern(text, false, parts);
  }

  private static Glob part(String text, int from, int to, BitSet literal) {
    return Glob.withLiterals(
        text.substring(from, to), literal.get(from, Math.max(from, to)), false);
  }

  public String text() {
    return text;
  }

  public boolean matches(String value) {
    if (matchAll) {
      return true;
    }
    int start = 0;
    int last = parts.size() - 1;
    for (int i = 0; i < last; i++) {
      int colon = value.indexOf(':', start);
      if (colon < 0 || !parts.get(i).matches(value, start, colon)) {
        return false;
      }
      start = colon + 1;
    }
    if (last < PARTS - 1 && value.indexOf(':', start) >= 0) {
      // The pattern has fewer than six parts, so the value has more parts than the pattern.
      return false;
    }
    return parts.get(last).matches(value, start, value.length());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArnPattern a && a.text.equals(text) && a.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
