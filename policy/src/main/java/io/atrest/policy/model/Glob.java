package io.atrest.policy.model;

import java.util.BitSet;
import java.util.Objects;

/**
 * A wildcard pattern of the policy language: {@code *} matches any run of characters (including
 * none), {@code ?} exactly one. Characters that came from an escape such as {@code ${*}} or from a
 * policy variable's value are literal even when they are {@code *} or {@code ?}.
 *
 * <p>Matching compiles nothing and allocates nothing: the shape (exact, prefix, match-all or
 * general) is worked out once, and the general case is the linear greedy-star algorithm with one
 * backtrack point. Patterns are matched against a region of a string so that ARN segments can be
 * matched in place.
 */
public final class Glob {

  private enum Shape {
    EXACT,
    PREFIX,
    ANY,
    GENERAL
  }

  private final String pattern;
  private final boolean ignoreCase;
  private final BitSet literal;
  private final Shape shape;

  private Glob(String pattern, boolean ignoreCase, BitSet literal) {
    this.pattern = Objects.requireNonNull(pattern, "pattern");
    this.ignoreCase = ignoreCase;
    this.literal = literal;
    this.shape = shapeOf();
  }

  /** A pattern whose every {@code *} and {@code ?} is a wildcard. */
  public static Glob of(String pattern, boolean ignoreCase) {
    return new Glob(pattern, ignoreCase, new BitSet());
  }

  /** A pattern in which the characters at {@code literalPositions} match only themselves. */
  public static Glob withLiterals(String pattern, BitSet literalPositions, boolean ignoreCase) {
    return new Glob(pattern, ignoreCase, (BitSet) literalPositions.clone());
  }

  public String pattern() {
    return pattern;
  }

  public boolean ignoreCase() {
    return ignoreCase;
  }

  /** Whether the pattern has any wildcard at all. */
  public boolean hasWildcards() {
    return shape != Shape.EXACT;
  }

  public boolean matches(String value) {
    return matches(value, 0, value.length());
  }

  /** Whether the region {@code [from, to)} of {@code value} matches the whole pattern. */
  public boolean matches(String value, int from, int to) {
    return switch (shape) {
      case ANY -> true;
      case EXACT -> to - from == pattern.length() && sameRun(value, from, pattern.length());
      case PREFIX ->
          to - from >= pattern.length() - 1 && sameRun(value, from, pattern.length() - 1);
      case GENERAL -> general(value, from, to);
    };
  }

  private boolean general(String value, int from, int to) {
    int n = pattern.length();
    int p = 0;
    int i = from;
    int starP = -1;
    int starI = -1;
    while (i < to) {
      if (p < n && isStar(p)) {
        starP = p++;
        starI = i;
      } else if (p < n && (isQuestion(p) || same(pattern.charAt(p), value.charAt(i)))) {
        p++;
        i++;
      } else if (starP >= 0) {
        p = starP + 1;
        i = ++starI;
      } else {
        return false;
      }
    }
    while (p < n && isStar(p)) {
      p++;
    }
    return p == n;
  }

  /** Whether {@code length} characters of {@code value} from {@code from} equal the pattern's. */
  private boolean sameRun(String value, int from, int length) {
    for (int i = 0; i < length; i++) {
      if (!same(pattern.charAt(i), value.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private boolean isStar(int p) {
    return pattern.charAt(p) == '*' && !literal.get(p);
  }

  private boolean isQuestion(int p) {
    return pattern.charAt(p) == '?' && !literal.get(p);
  }

  private boolean same(char a, char b) {
    if (a == b) {
      return true;
    }
    if (!ignoreCase) {
      return false;
    }
    if (a < 128 && b < 128) {
      // ASCII fast path: letters differ only in bit 0x20.
      char la = (char) (a | 0x20);
      return la == (b | 0x20) && la >= 'a' && la <= 'z';
    }
    return Character.toUpperCase(a) == Character.toUpperCase(b)
        || Character.toLowerCase(a) == Character.toLowerCase(b);
  }

  private Shape shapeOf() {
    int stars = 0;
    int questions = 0;
    for (int p = 0; p < pattern.length(); p++) {
      stars += isStar(p) ? 1 : 0;
      questions += isQuestion(p) ? 1 : 0;
    }
    if (stars == 0 && questions == 0) {
      return Shape.EXACT;
    }
    if (questions == 0 && stars == pattern.length()) {
      return Shape.ANY;
    }
    if (questions == 0 && stars == 1 && isStar(pattern.length() - 1)) {
      return Shape.PREFIX;
    }
    return Shape.GENERAL;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g
        && g.pattern.equals(pattern)
        && g.ignoreCase == ignoreCase
        && g.literal.equals(literal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pattern, ignoreCase, literal);
  }

  @Override
  public String toString() {
    return pattern;
  }
}
