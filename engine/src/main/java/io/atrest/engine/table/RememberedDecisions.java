package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.Identical;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.identity.Lru;
import io.atrest.policy.Decision;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.TimeDependence;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * IAM decisions on DynamoDB requests, remembered by everything they depend on, so that a caller
 * repeating a request does not pay for building its context and evaluating its policies again:
 *
 * <ul>
 *   <li>the caller, every field of it that a condition key could be drawn from (principal,
 *       intermediary service, source address, user agent, access key), all but the client
 *       connection, which only the table-key cache reads;
 *   <li>the action and the resource;
 *   <li>the caller's identity-policy list, compared by identity: {@link
 *       io.atrest.engine.identity.IamRegistry} replaces the list when a policy is attached,
 *       replaced or detached and when the principal is removed, so a changed policy set is always a
 *       new key and a stale decision is never found.
 * </ul>
 *
 * Decisions under a policy that reads the time ({@link TimeDependence}) are never remembered, so
 * the time keys a remembered decision was made with can never have counted. A decision is a pure
 * function of these inputs and immutable, so a remembered one can answer every repeat. Thread-safe;
 * the least recently used decision goes beyond {@link #CAPACITY}.
 */
final class RememberedDecisions {
  static final int CAPACITY = 512;

  private final Lru<Inputs, Decision> decisions = new Lru<>(CAPACITY);

  /**
   * The decision on {@code action} on {@code resource} by {@code caller} under {@code policies}
   * (the caller's identity policies, as IAM lists them now): the remembered one, or {@code
   * evaluate}'s, remembered unless one of the policies reads the time.
   */
  Decision decide(
      Caller caller,
      String action,
      String resource,
      List<IdentityPolicy> policies,
      Supplier<Decision> evaluate) {
    Inputs inputs = Inputs.of(caller, action, resource, policies);
    Decision known = decisions.get(inputs);
    if (known != null) {
      return known;
    }
    Decision fresh = evaluate.get();
    if (!readsTime(policies)) {
      decisions.put(inputs, fresh);
    }
    return fresh;
  }

  /** How many decisions are remembered (for tests). */
  int size() {
    return decisions.size();
  }

  private static boolean readsTime(List<IdentityPolicy> policies) {
    for (IdentityPolicy policy : policies) {
      if (TimeDependence.of(policy.document())) {
        return true;
      }
    }
    return false;
  }

  private record Inputs(
      Principal principal,
      Optional<String> viaService,
      String sourceIp,
      String userAgent,
      Optional<String> accessKeyId,
      String action,
      String resource,
      Identical policies) {

    static Inputs of(Caller caller, String action, String resource, List<IdentityPolicy> policies) {
      return new Inputs(
          caller.principal(),
          caller.viaService(),
          caller.sourceIp(),
          caller.userAgent(),
          caller.accessKeyId(),
          action,
          resource,
          new Identical(policies));
    }
  }
}
