package io.atrest.policy.validate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How grave a finding is, from the gravest ({@link #ERROR}) to the mildest ({@link #SUGGESTION}).
 */
public enum Severity {
  /** AWS refuses the policy, or the policy cannot mean what it says. */
  ERROR("error"),
  /** The policy is accepted but grants more access than a reviewer would expect. */
  SECURITY_WARNING("security"),
  /** The policy is accepted but part of it has no effect or may not behave as intended. */
  WARNING("warning"),
  /** A clearer or more robust way to write the same thing. */
  SUGGESTION("suggestion");

  private final String failOnName;

  Severity(String failOnName) {
    this.failOnName = failOnName;
  }

  /** The name of this level in {@code --fail-on}: error, security, warning or suggestion. */
  public String failOnName() {
    return failOnName;
  }

  /** Whether a finding of this severity is at least as grave as {@code threshold}. */
  public boolean reaches(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /**
   * The severity named by a {@code --fail-on} value (case-insensitive).
   *
   * @throws IllegalArgumentException naming the value and the accepted ones
   */
  public static Severity fromFailOn(String value) {
    for (Severity s : values()) {
      if (s.failOnName.equals(value.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown --fail-on level "
            + Located.quote(value)
            + ": expected one of "
            + Arrays.stream(values()).map(Severity::failOnName).collect(Collectors.joining(", ")));
  }
}
