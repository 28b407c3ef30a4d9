package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.GlobalConditionKeys;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.PolicyEvaluator;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IAM's decision on a DynamoDB request, as the IAM policy evaluation logic makes it for a service
 * without resource policies in the model: an explicit Deny in any of the caller's identity policies
 * wins; otherwise an Allow in one of them is needed; nothing allowing is an implicit deny. The root
 * user of the table's account is allowed unless a policy denies [IAM-EVAL].
 *
 * <p>DynamoDB resource-based policies are not modelled, so a caller from another account is always
 * refused ("because no resource-based policy allows ..."), whatever its own policies say: a
 * cross-account request needs both sides to allow [IAM-XACCT], and here the table's side never
 * does. Service principals have no identity policies and are refused likewise.
 *
 * <p>Messages are AWS's, as returned by the real service and pasted in public issues
 * (anomalyco/sst#4469, ministryofjustice/modernisation-platform#6789, project-zot/zot#4259): {@code
 * User: ARN is not authorized to perform: dynamodb:PutItem on resource: ARN because no
 * identity-based policy allows the dynamodb:PutItem action}, and {@code ... with an explicit deny
 * in an identity-based policy}.
 *
 * <p>Decisions are remembered ({@link RememberedDecisions}) until the caller's policies change,
 * except under policies that read the time; every request is still authorized.
 */
final class IamTableAuthorizer implements TableAuthorizer {

  private final IamRegistry iam;
  private final String accountId;
  private final Clock clock;
  private final PolicyEvaluator evaluator = new PolicyEvaluator();
  private final RememberedDecisions decisions = new RememberedDecisions();

  IamTableAuthorizer(IamRegistry iam, String accountId, Clock clock) {
    this.iam = Objects.requireNonNull(iam, "iam");
    this.accountId = Objects.requireNonNull(accountId, "accountId");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Decision authorize(Caller caller, String action, String resource) {
    Principal principal = caller.principal();
    List<IdentityPolicy> policies = iam.policiesFor(principal);
    Decision decision =
        decisions.decide(
            caller, action, resource, policies, () -> evaluate(caller, action, resource, policies));
    if (!decision.isAllowed()) {
      boolean sameAccount = caller.account().filter(accountId::equals).isPresent();
      throw new AccessDeniedException(
          message(principal, action, resource, decision.outcome(), sameAccount),
          decision,
          action,
          resource);
    }
    return decision;
  }

  private Decision evaluate(
      Caller caller, String action, String resource, List<IdentityPolicy> policies) {
    Principal principal = caller.principal();
    AuthorizationRequest request =
        new AuthorizationRequest(principal, action, resource, context(caller));
    List<Reason> reasons = new ArrayList<>();
    boolean sameAccount = caller.account().filter(accountId::equals).isPresent();
    boolean allowed = sameAccount && principal instanceof Principal.AccountRoot;
    boolean denied = false;
    if (allowed) {
      reasons.add(Reason.note("iam", "the account root user has full access unless denied"));
    }
    for (IdentityPolicy policy : policies) {
      Decision one = evaluator.evaluate(request, policy.document(), false);
      reasons.addAll(one.reasons());
      denied |= one.outcome() == Outcome.EXPLICIT_DENY;
      allowed |= one.outcome() == Outcome.ALLOW;
    }
    if (!sameAccount && !denied) {
      reasons.add(
          Reason.note(
              "dynamodb",
              "the table belongs to account "
                  + accountId
                  + ", whose side of a cross-account request"
                  + " needs a resource-based policy, and the engine models none"));
      allowed = false;
    }
    Outcome outcome =
        denied ? Outcome.EXPLICIT_DENY : allowed ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    return new Decision(outcome, reasons);
  }

  /** How many decisions are remembered (for tests). */
  int rememberedDecisions() {
    return decisions.size();
  }

  private static String message(
      Principal principal, String action, String resource, Outcome outcome, boolean sameAccount) {
    String head =
        "User: "
            + principal.arn()
            + " is not authorized to perform: "
            + action
            + " on resource: "
            + resource;
    if (outcome == Outcome.EXPLICIT_DENY) {
      return head + " with an explicit deny in an identity-based policy";
    }
    return head
        + " because no "
        + (sameAccount ? "identity-based" : "resource-based")
        + " policy allows the "
        + action
        + " action";
  }

  /** The global condition keys of the request: where it came from and when. */
  private RequestContext context(Caller caller) {
    return GlobalConditionKeys.of(caller).putAll(GlobalConditionKeys.time(clock.instant())).build();
  }
}
