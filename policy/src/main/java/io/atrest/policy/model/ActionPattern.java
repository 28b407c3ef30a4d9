package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.Objects;

/**
 * One action pattern such as {@code kms:GenerateDataKey*}. Service prefix and action name are
 * case-insensitive and {@code *} and {@code ?} are wildcards anywhere [IAM-ACTION]. ({@code ?} is
 * not in the IAM action page; it is accepted because the IAM policy grammar treats action strings
 * as the same wildcard patterns as resources, and every AWS-compatible evaluator does so.)
 */
public record ActionPattern(Glob glob, SourceLocation location) {

  public ActionPattern {
    Objects.requireNonNull(glob, "glob");
    Objects.requireNonNull(location, "location");
    if (!glob.ignoreCase()) {
      throw new IllegalArgumentException("action pattern `" + glob + "` must ignore case");
    }
  }

  public static ActionPattern of(String text, SourceLocation location) {
    return new ActionPattern(Glob.of(text, true), location);
  }

  public String text() {
    return glob.pattern();
  }

  public boolean matches(String action) {
    return glob.matches(action);
  }
}
