package io.atrest.policy.eval;

import io.atrest.policy.ConditionCheck;
import io.atrest.policy.model.Statement;
import java.util.List;
import java.util.Objects;

/**
 * How one statement fared against a request whose principal and action it covers. Statements that
 * do not cover the principal or action produce no result at all.
 *
 * @param principal how the statement's principal covers the caller ({@link PrincipalMatch#IDENTITY}
 *     in identity policies)
 * @param applies whether the resource matched and every condition held
 * @param checks every condition of the statement, in document order
 * @param problems why the statement does not apply beyond failed conditions (resource mismatch, a
 *     missing {@code Resource}, an unknown operator, an unreadable value); empty when it applies
 */
public record StatementResult(
    Statement statement,
    PrincipalMatch principal,
    boolean applies,
    List<ConditionCheck> checks,
    List<String> problems) {

  public StatementResult {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(principal, "principal");
    checks = List.copyOf(checks);
    problems = List.copyOf(problems);
  }

  /** A result whose resource or conditions did not hold: a near miss worth reporting. */
  public boolean nearMiss() {
    return !applies;
  }
}
