package io.atrest.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Which statements of one policy decided at least one request in the run. A statement no request
 * was decided by is untested access: nothing shows what it allows or denies.
 */
public record PolicyCoverage(String policy, List<StatementUse> statements) {

  public PolicyCoverage {
    Objects.requireNonNull(policy, "policy");
    statements = List.copyOf(statements);
  }

  /** The statements that decided no request. */
  public List<String> neverDecided() {
    return statements.stream()
        .filter(s -> s.decisions() == 0)
        .map(StatementUse::statement)
        .toList();
  }

  /** The statements that decided at least one request. */
  public List<String> decided() {
    return statements.stream().filter(s -> s.decisions() > 0).map(StatementUse::statement).toList();
  }

  /**
   * One statement and the number of decisions it determined (as ALLOWED_BY or DENIED_BY).
   *
   * @param declared false when a reason named the statement but no decision listed it among the
   *     policy's statements (evidence that disagrees with itself, shown rather than hidden)
   */
  public record StatementUse(String statement, int decisions, boolean declared) {
    public StatementUse {
      Objects.requireNonNull(statement, "statement");
    }
  }
}
