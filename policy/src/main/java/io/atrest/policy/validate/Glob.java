package io.atrest.policy.validate;

/** IAM-style wildcard matching: {@code *} is any run of characters (even none), {@code ?} one. */
final class Glob {

  private Glob() {}

  static boolean hasWildcard(String text) {
    return text.indexOf('*') >= 0 || text.indexOf('?') >= 0;
  }

  /** Whether {@code text} matches {@code pattern}, ignoring ASCII case (action names do). */
  static boolean matchesIgnoreCase(String pattern, String text) {
    int p = 0;
    int t = 0;
    int starP = -1;
    int starT = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || sameIgnoringCase(pattern.charAt(p), text.charAt(t)))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        // Backtrack: let the last star absorb one more character.
        p = starP + 1;
        t = ++starT;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  private static boolean sameIgnoringCase(char a, char b) {
    return Character.toLowerCase(a) == Character.toLowerCase(b);
  }
}
