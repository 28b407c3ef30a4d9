package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.List;
import java.util.Objects;

/** The value of an {@code Action} or {@code NotAction} element: patterns that are alternatives. */
public record ActionSpec(List<ActionPattern> patterns, SourceLocation location) {

  public ActionSpec {
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(location, "location");
  }

  /** Whether any pattern matches {@code action} (such as {@code kms:Decrypt}). */
  public boolean matches(String action) {
    for (ActionPattern pattern : patterns) {
      if (pattern.matches(action)) {
        return true;
      }
    }
    return false;
  }
}
