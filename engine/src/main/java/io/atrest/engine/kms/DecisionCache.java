package io.atrest.engine.kms;

import io.atrest.engine.identity.Identical;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.identity.Lru;
import io.atrest.policy.Decision;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.eval.TimeDependence;
import io.atrest.policy.model.PolicyDocument;
import java.util.List;
import java.util.function.Supplier;

/**
 * Policy decisions (key policy with the caller's identity policies, before grants) remembered by
 * everything they depend on, so that a caller repeating a request does not pay for evaluating the
 * same policies on the same values again:
 *
 * <ul>
 *   <li>the whole request: principal, action, resource, and every condition key with its value
 *       ({@link io.atrest.policy.eval.RequestContext} equality) but the time keys, which policies
 *       that do not read the time never look up ({@link TimeDependence#withoutTime}): a caller
 *       repeating a request a second later repeats its decision;
 *   <li>the key policy document and the caller's identity-policy list, compared by identity: a
 *       changed key policy parses to another document and an attached or detached identity policy
 *       replaces the list, so a change is always a new key (a stale decision is never found);
 *   <li>nothing else: the authorizer is a pure function of these. Grants, key state and key usage
 *       are checked after it on every call, never remembered.
 * </ul>
 *
 * Decisions under a policy that reads the time ({@link TimeDependence}) are never remembered, so
 * the time keys a remembered decision leaves out can never have counted. Decisions are immutable,
 * so a remembered one can be handed to every call that repeats it.
 */
final class DecisionCache {

  static final int CAPACITY = 256;

  private final Lru<Inputs, Decision> decisions = new Lru<>(CAPACITY);
  private volatile TimeReading lastReading;
  // The last decision made or found, with its inputs held by reference: a caller repeating a
  // request hands over the same principal, strings, context (shared by AccessControl) and policy
  // objects, so the repeat is found without making or hashing a key.
  private volatile LastDecision lastDecision;

  /**
   * The decision for {@code request} under these policies: the remembered one, or {@code
   * evaluate}'s (remembered unless a policy reads the time).
   */
  Decision decide(
      AuthorizationRequest request,
      PolicyDocument keyPolicy,
      List<IdentityPolicy> identityPolicies,
      Supplier<Decision> evaluate) {
    if (readsTime(keyPolicy, identityPolicies)) {
      return evaluate.get();
    }
    RequestContext context = TimeDependence.withoutTime(request.context());
    LastDecision repeat = lastDecision;
    if (repeat != null && repeat.repeats(request, context, keyPolicy, identityPolicies)) {
      return repeat.decision();
    }
    Decision decision = lookUp(request, context, keyPolicy, identityPolicies, evaluate);
    lastDecision = new LastDecision(request, context, keyPolicy, identityPolicies, decision);
    return decision;
  }

  private Decision lookUp(
      AuthorizationRequest request,
      RequestContext context,
      PolicyDocument keyPolicy,
      List<IdentityPolicy> identityPolicies,
      Supplier<Decision> evaluate) {
    Inputs inputs =
        new Inputs(
            request.principal(),
            request.action(),
            request.resource(),
            context,
            new Identical(keyPolicy),
            new Identical(identityPolicies));
    Decision known = decisions.get(inputs);
    if (known != null) {
      return known;
    }
    Decision fresh = evaluate.get();
    decisions.put(inputs, fresh);
    return fresh;
  }

  /** How many decisions are remembered (for tests). */
  int size() {
    return decisions.size();
  }

  /** Whether a policy reads the time; the answer for the last policies asked is remembered. */
  private boolean readsTime(PolicyDocument keyPolicy, List<IdentityPolicy> identity) {
    TimeReading last = lastReading;
    if (last == null || last.keyPolicy() != keyPolicy || last.identity() != identity) {
      last = new TimeReading(keyPolicy, identity, anyReadsTime(keyPolicy, identity));
      lastReading = last;
    }
    return last.readsTime();
  }

  private record TimeReading(
      PolicyDocument keyPolicy, List<IdentityPolicy> identity, boolean readsTime) {}

  private static boolean anyReadsTime(PolicyDocument keyPolicy, List<IdentityPolicy> identity) {
    if (TimeDependence.of(keyPolicy)) {
      return true;
    }
    for (IdentityPolicy policy : identity) {
      if (TimeDependence.of(policy.document())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A decision and what it was decided on. Identical references are equal values, so a request this
   * repeats has inputs equal to these and, the authorizer being pure, the same decision.
   */
  private record LastDecision(
      AuthorizationRequest request,
      RequestContext context,
      PolicyDocument keyPolicy,
      List<IdentityPolicy> identityPolicies,
      Decision decision) {

    boolean repeats(
        AuthorizationRequest other,
        RequestContext otherContext,
        PolicyDocument otherKeyPolicy,
        List<IdentityPolicy> otherIdentityPolicies) {
      return keyPolicy == otherKeyPolicy
          && identityPolicies == otherIdentityPolicies
          && context == otherContext
          && request.principal().equals(other.principal())
          && request.action().equals(other.action())
          && request.resource().equals(other.resource());
    }
  }

  private record Inputs(
      Principal principal,
      String action,
      String resource,
      RequestContext context,
      Identical keyPolicy,
      Identical identityPolicies) {}
}
