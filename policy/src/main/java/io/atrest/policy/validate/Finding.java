package io.atrest.policy.validate;

import io.atrest.policy.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a policy: how grave it is, its stable code, a message naming the offending
 * value, and where it is (JSON pointer, line, column).
 */
public record Finding(
    Severity severity, FindingCode code, String message, SourceLocation location) {

  /** Document order, then gravest first, then by code, so that reports are stable. */
  public static final Comparator<Finding> BY_LOCATION =
      Comparator.comparingInt((Finding f) -> f.location().line())
          .thenComparingInt(f -> f.location().column())
          .thenComparing(f -> f.location().pointer())
          .thenComparing(Finding::severity)
          .thenComparing(Finding::code)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    if (message == null || message.isBlank()) {
      throw new IllegalArgumentException("a finding needs a message, code " + code);
    }
  }

  public String pointer() {
    return location.pointer();
  }

  public int line() {
    return location.line();
  }

  public int column() {
    return location.column();
  }

  @Override
  public String toString() {
    return severity + " " + code + " at " + location + ": " + message;
  }
}
