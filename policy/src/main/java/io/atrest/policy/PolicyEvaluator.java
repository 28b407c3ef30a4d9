package io.atrest.policy;

import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ConditionKeys;
import io.atrest.policy.eval.PrincipalMatch;
import io.atrest.policy.eval.StatementEvaluator;
import io.atrest.policy.eval.StatementResult;
import io.atrest.policy.model.Effect;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates a request against one policy with the IAM single-policy logic [IAM-EVAL]: an applying
 * Deny wins, otherwise an applying Allow allows, otherwise the request is implicitly denied.
 *
 * <p>In a resource policy, a statement naming the caller's account covers every principal of the
 * account; the KMS rule that such a statement only delegates to IAM is {@link
 * KeyPolicyAuthorizer}'s. Condition keys derived from the caller ({@code aws:PrincipalArn}, {@code
 * kms:CallerAccount}, ...) are filled in unless the request gives them ({@link ConditionKeys}).
 *
 * <p>The reasons name the deciding statements ({@code ALLOWED_BY}/{@code DENIED_BY}), Allows that
 * an explicit deny overrode ({@code NOT_COUNTED}), and near misses: statements that cover the
 * principal and action but whose resource or conditions did not hold, with every condition check.
 * Instances are stateless and thread-safe.
 */
public final class PolicyEvaluator {

  private static final Reason.Kind[] KINDS = Reason.Kind.values();

  /**
   * The single-policy decision.
   *
   * @param resourcePolicy whether {@code policy} is a resource policy such as a key policy (its
   *     statements name principals) rather than an identity policy attached to the caller
   */
  public Decision evaluate(
      AuthorizationRequest request, PolicyDocument policy, boolean resourcePolicy) {
    List<StatementResult> results =
        results(request, ConditionKeys.of(request), policy, resourcePolicy);
    List<Reason> reasons = new ArrayList<>(results.size() + 1);
    boolean denied = false;
    boolean allowed = false;
    for (StatementResult r : results) {
      if (r.applies()) {
        denied |= r.statement().effect() == Effect.DENY;
        allowed |= r.statement().effect() == Effect.ALLOW;
      }
    }
    for (StatementResult r : results) {
      if (!r.applies()) {
        reasons.add(nearMiss(policy, r, request));
      } else if (r.statement().effect() == Effect.DENY) {
        reasons.add(applied(policy, r, request, Reason.Kind.DENIED_BY));
      } else if (denied) {
        reasons.add(overridden(policy, r, request));
      } else {
        reasons.add(applied(policy, r, request, Reason.Kind.ALLOWED_BY));
      }
    }
    Outcome outcome =
        denied ? Outcome.EXPLICIT_DENY : allowed ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    if (outcome == Outcome.IMPLICIT_DENY) {
      reasons.add(Reason.note(policy.source(), noAllow(request, policy)));
    }
    return new Decision(outcome, sorted(reasons));
  }

  /** The results of the statements of {@code policy} that cover the principal and action. */
  static List<StatementResult> results(
      AuthorizationRequest request,
      ConditionKeys keys,
      PolicyDocument policy,
      boolean resourcePolicy) {
    List<StatementResult> out = new ArrayList<>(2);
    for (Statement statement : policy.statements()) {
      Optional<StatementResult> result =
          StatementEvaluator.evaluate(statement, request, keys, resourcePolicy);
      if (result.isPresent()) {
        out.add(result.get());
      }
    }
    return out;
  }

  /** Determining reasons first, then the others, each group in document order. */
  static List<Reason> sorted(List<Reason> reasons) {
    if (reasons.size() < 2) {
      return reasons;
    }
    List<Reason> out = new ArrayList<>(reasons.size());
    for (Reason.Kind kind : KINDS) {
      for (Reason r : reasons) {
        if (r.kind() == kind) {
          out.add(r);
        }
      }
    }
    return out;
  }

  static Reason applied(
      PolicyDocument policy, StatementResult r, AuthorizationRequest request, Reason.Kind kind) {
    String verdict =
        kind == Reason.Kind.DENIED_BY ? "; an explicit deny overrides every allow" : "";
    return reason(policy, r, kind, summaryOf(r, request) + verdict);
  }

  static Reason overridden(PolicyDocument policy, StatementResult r, AuthorizationRequest request) {
    return reason(
        policy,
        r,
        Reason.Kind.NOT_COUNTED,
        summaryOf(r, request) + ", but an explicit deny overrides it");
  }

  static Reason nearMiss(PolicyDocument policy, StatementResult r, AuthorizationRequest request) {
    StringBuilder why = new StringBuilder();
    why.append(r.statement().effect().json())
        .append(' ')
        .append(principalPhrase(r.principal(), request))
        .append(" and covers ")
        .append(request.action())
        .append(" but does not apply");
    for (String problem : r.problems()) {
      why.append("; ").append(problem);
    }
    long failed = r.checks().stream().filter(c -> !c.satisfied()).count();
    if (failed > 0) {
      why.append("; ")
          .append(failed)
          .append(failed == 1 ? " condition does" : " conditions do")
          .append(" not hold");
    }
    return reason(policy, r, Reason.Kind.NEAR_MISS, why.toString());
  }

  static Reason reason(PolicyDocument policy, StatementResult r, Reason.Kind kind, String message) {
    Statement s = r.statement();
    return new Reason(
        policy.source(), s.label(), Optional.of(s.location()), kind, message, r.checks());
  }

  static String summaryOf(StatementResult r, AuthorizationRequest request) {
    int n = r.checks().size();
    String conditions =
        n == 0 ? "no conditions" : n == 1 ? "its condition holds" : "all " + n + " conditions hold";
    return r.statement().effect().json()
        + " "
        + principalPhrase(r.principal(), request)
        + " and applies to "
        + request.action()
        + " on "
        + request.resource()
        + " ("
        + conditions
        + ")";
  }

  static String principalPhrase(PrincipalMatch match, AuthorizationRequest request) {
    return switch (match) {
      case DIRECT -> "names the caller " + request.principal().arn();
      case ACCOUNT ->
          "names the caller's account "
              + request.principal().account().orElse("")
              + " (not the caller "
              + request.principal().arn()
              + " itself)";
      case IDENTITY -> "is in an identity policy of " + request.principal().arn();
      case NONE -> "does not name " + request.principal().arn();
    };
  }

  static String noAllow(AuthorizationRequest request, PolicyDocument policy) {
    return "no statement in "
        + policy.source()
        + " allows "
        + request.action()
        + " by "
        + request.principal().arn()
        + " on "
        + request.resource()
        + " (implicit deny)";
  }
}
