package io.atrest.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One piece of the explanation of a {@link Decision}: which policy and statement (or grant) took
 * part, in what role, and how its conditions fared.
 *
 * @param source the policy or grant, for example {@code key-policy}, {@code
 *     identity-policy:db-admin} or {@code grant:0c1d...}
 * @param statement the statement's {@code Sid}, or {@code Statement[i]} when it has none; empty for
 *     reasons that concern no single statement (such as a missing delegation)
 * @param location where the statement sits in its file, when it was parsed from one
 * @param kind the role the statement played
 * @param message a sentence that says why, in words of the policy language
 * @param conditions the condition checks of the statement, in document order
 */
public record Reason(
    String source,
    String statement,
    Optional<SourceLocation> location,
    Kind kind,
    String message,
    List<ConditionCheck> conditions) {

  /** The role a statement or grant played in the decision. */
  public enum Kind {
    /** An Allow that applied and counted toward the decision. */
    ALLOWED_BY,
    /** A Deny that applied; it decided the outcome. */
    DENIED_BY,
    /**
     * A statement that named the principal and action but whose conditions (or resource) did not
     * hold: the near misses an engineer wants to see when access is refused.
     */
    NEAR_MISS,
    /**
     * An Allow that applied but does not count, such as an identity policy the key policy ignores.
     */
    NOT_COUNTED,
    /** A fact about the evaluation as a whole, such as "no statement allows". */
    NOTE
  }

  public Reason {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    conditions = List.copyOf(conditions);
  }

  /** A reason that concerns no single statement. */
  public static Reason note(String source, String message) {
    return new Reason(source, "", Optional.empty(), Kind.NOTE, message, List.of());
  }

  /** The reason as one or more lines of text, conditions indented below the statement. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).append(": ");
    text.append(source);
    if (!statement.isEmpty()) {
      text.append(" statement \"").append(statement).append('"');
    }
    location.ifPresent(l -> text.append(" at ").append(l));
    text.append(": ").append(message);
    for (ConditionCheck check : conditions) {
      text.append("\n    ").append(check.describe());
    }
    return text.toString();
  }
}
