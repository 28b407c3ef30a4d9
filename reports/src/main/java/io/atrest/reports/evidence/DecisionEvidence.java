package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An authorization decision with its reasons, and the statements of the policies it consulted
 * (which feed statement coverage).
 */
public record DecisionEvidence(
    String name,
    JsonNode raw,
    Request request,
    String decision,
    List<Reason> reasons,
    List<PolicyStatements> policies)
    implements Evidence {

  public DecisionEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
    policies = List.copyOf(policies);
  }

  @Override
  public String kind() {
    return "decision";
  }

  /** Whether the request was refused (explicitly or implicitly). */
  public boolean denied() {
    return !decision.equals("ALLOW");
  }

  /** Who asked to do what to which resource. */
  public record Request(String principal, String action, String resource) {
    public Request {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(resource, "resource");
    }
  }

  /**
   * One reason: the role a statement played ({@code ALLOWED_BY}, {@code DENIED_BY}, {@code
   * NEAR_MISS}, {@code NOT_COUNTED}, {@code NOTE}) and how its conditions fared.
   */
  public record Reason(
      String kind,
      String policy,
      String statement,
      Optional<Location> location,
      String message,
      List<ConditionCheck> conditions) {
    public Reason {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(message, "message");
      conditions = List.copyOf(conditions);
    }

    /** Whether this statement decided the request (an allow that counted, or a deny). */
    public boolean determining() {
      return kind.equals("ALLOWED_BY") || kind.equals("DENIED_BY");
    }
  }

  /** Where a statement sits in its policy file. */
  public record Location(String pointer, int line, int column) {
    public Location {
      Objects.requireNonNull(pointer, "pointer");
    }
  }

  /**
   * One condition of a statement: operator, key, the values the policy expects and those the
   * request carried (empty when the key was absent from the request).
   */
  public record ConditionCheck(
      String operator,
      String key,
      List<String> expected,
      Optional<List<String>> actual,
      boolean satisfied) {
    public ConditionCheck {
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(key, "key");
      expected = List.copyOf(expected);
      actual = actual.map(List::copyOf);
    }
  }

  /** A policy's name and the names of all its statements ({@code Sid} or {@code Statement[i]}). */
  public record PolicyStatements(String name, List<String> statements) {
    public PolicyStatements {
      Objects.requireNonNull(name, "name");
      statements = List.copyOf(statements);
    }
  }
}
