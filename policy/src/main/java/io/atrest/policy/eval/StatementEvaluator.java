package io.atrest.policy.eval;

import io.atrest.policy.ConditionCheck;
import io.atrest.policy.model.ActionSpec;
import io.atrest.policy.model.ArnPattern;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.ConditionValue;
import io.atrest.policy.model.Operand;
import io.atrest.policy.model.ResourcePattern;
import io.atrest.policy.model.ResourceSpec;
import io.atrest.policy.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches one statement against one request: principal (resource policies only), action, resource,
 * then every condition. The statement applies when all match.
 */
public final class StatementEvaluator {

  private StatementEvaluator() {}

  /**
   * The statement's result, or empty when it does not cover the request's principal or action (such
   * statements are irrelevant to the explanation).
   *
   * @param resourcePolicy whether the statement comes from a resource policy (such as a key
   *     policy), whose statements name principals; identity-policy statements apply to the identity
   *     they are attached to, so their principal is not checked
   */
  public static Optional<StatementResult> evaluate(
      Statement statement,
      AuthorizationRequest request,
      ConditionKeys keys,
      boolean resourcePolicy) {
    PrincipalMatch principal =
        resourcePolicy
            ? PrincipalMatcher.match(statement, request.principal())
            : PrincipalMatch.IDENTITY;
    if (principal == PrincipalMatch.NONE || !actionMatches(statement, request.action())) {
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>(0);
    resourceProblem(statement, request.resource(), keys).ifPresent(problems::add);
    List<ConditionCheck> checks = new ArrayList<>(statement.conditions().size());
    boolean conditionsHold = true;
    for (Condition condition : statement.conditions()) {
      ConditionCheck check = ConditionEvaluator.check(condition, keys);
      checks.add(check);
      if (!check.satisfied()) {
        conditionsHold = false;
        conditionProblem(condition).ifPresent(problems::add);
      }
    }
    boolean applies = conditionsHold && problems.isEmpty();
    return Optional.of(new StatementResult(statement, principal, applies, checks, problems));
  }

  /** Action matches, or NotAction does not; a statement with neither never applies. */
  static boolean actionMatches(Statement statement, String action) {
    Optional<ActionSpec> plain = statement.action();
    if (plain.isPresent()) {
      return plain.get().matches(action);
    }
    return statement.notAction().filter(not -> !not.matches(action)).isPresent();
  }

  /**
   * Why the resource keeps the statement from applying, if it does. In a key policy {@code *} is
   * the key; a key policy naming the key's own ARN (or a pattern matching it) applies as well, and
   * any other ARN does not (POLICY-SEMANTICS §1.7, an inference: real key policies use {@code *}).
   */
  private static Optional<String> resourceProblem(
      Statement statement, String resource, ConditionKeys keys) {
    if (statement.resource().isPresent()) {
      return anyMatches(statement.resource().get(), resource, keys)
          ? Optional.empty()
          : Optional.of(
              "resource `"
                  + resource
                  + "` does not match Resource "
                  + texts(statement.resource().get()));
    }
    if (statement.notResource().isPresent()) {
      return anyMatches(statement.notResource().get(), resource, keys)
          ? Optional.of(
              "resource `"
                  + resource
                  + "` is excluded by NotResource "
                  + texts(statement.notResource().get()))
          : Optional.empty();
    }
    // KMS stores key policies with such statements, but they have no effect [KMS-KPO].
    return Optional.of("the statement has no Resource or NotResource, so it never applies");
  }

  private static boolean anyMatches(ResourceSpec spec, String resource, ConditionKeys keys) {
    for (ResourcePattern pattern : spec.patterns()) {
      Optional<ArnPattern> arn =
          pattern
              .compiled()
              .or(
                  () ->
                      pattern
                          .template()
                          .resolve(keys)
                          .map(r -> ArnPattern.withLiterals(r.text(), r.literal())));
      if (arn.isPresent() && arn.get().matches(resource)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> texts(ResourceSpec spec) {
    List<String> out = new ArrayList<>();
    spec.patterns().forEach(p -> out.add(p.text()));
    return out;
  }

  /** Why a condition can never hold, beyond the request's values: operator or value unreadable. */
  private static Optional<String> conditionProblem(Condition condition) {
    if (!condition.operator().known()) {
      return Optional.of(
          "`"
              + condition.operator().text()
              + "` is not a condition operator (operators are"
              + " case-sensitive), so the condition on `"
              + condition.key()
              + "` never holds");
    }
    for (ConditionValue value : condition.values()) {
      if (value.operand() instanceof Operand.Unreadable u) {
        return Optional.of(
            condition.operator().text()
                + " "
                + condition.key()
                + ": "
                + u.problem()
                + ", so that value never matches");
      }
    }
    return Optional.empty();
  }
}
