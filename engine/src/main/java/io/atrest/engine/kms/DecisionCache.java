package io.atrest.engine.kms;

import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.policy.Decision;
import io.atrest.policy.eval.AuthorizationRequest;
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
 *       ({@link io.atrest.policy.eval.RequestContext} equality, time keys included);
 *   <li>the key policy document and the caller's identity-policy list, compared by identity: a
 *       changed key policy parses to another document and an attached or detached identity policy
 *       replaces the list, so a change is always a new key (a stale decision is never found);
 *   <li>nothing else: the authorizer is a pure function of these. Grants, key state and key usage
 *       are checked after it on every call, never remembered.
 * </ul>
 *
 * Decisions under a policy that reads the time ({@link TimeDependence}) are never remembered.
 * Decisions are immutable, so a remembered one can be handed to every call that repeats it.
 */
final class DecisionCache {

  static final int CAPACITY = 256;

  private final Lru<Inputs, Decision> decisions = new Lru<>(CAPACITY);

  /**
   * The decision for {@code request} under these policies: the remembered one, or {@code evaluate}'s
   * (remembered unless a policy reads the time).
   */
  Decision decide(
      AuthorizationRequest request,
      PolicyDocument keyPolicy,
      List<IdentityPolicy> identityPolicies,
      Supplier<Decision> evaluate) {
    Inputs inputs = new Inputs(request, new Same(keyPolicy), new Same(identityPolicies));
    Decision known = decisions.get(inputs);
    if (known != null) {
      return known;
    }
    Decision fresh = evaluate.get();
    if (!readsTime(keyPolicy, identityPolicies)) {
      decisions.put(inputs, fresh);
    }
    return fresh;
  }

  /** How many decisions are remembered (for tests). */
  int size() {
    return decisions.size();
  }

  private static boolean readsTime(PolicyDocument keyPolicy, List<IdentityPolicy> identity) {
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

  private record Inputs(AuthorizationRequest request, Same keyPolicy, Same identityPolicies) {}

  /** A reference compared by identity. */
  private record Same(Object value) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same other && other.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }
}
