package io.atrest.policy.eval;

import io.atrest.policy.model.Effect;
import io.atrest.policy.model.PrincipalRef;
import io.atrest.policy.model.PrincipalSpec;
import io.atrest.policy.model.Statement;

/**
 * Decides whether a statement's {@code Principal} or {@code NotPrincipal} covers the caller
 * [IAM-PRINC], [IAM-NOTPRINC]. User and session ARNs match exactly and case-sensitively; a role ARN
 * matches the role and its sessions; an account matches every principal of the account; {@code *}
 * matches everyone, service principals included. Service principals are matched by nothing else.
 *
 * <p>{@code {"AWS": "*"}} is treated exactly as {@code "*"}, service principals included, because
 * the IAM guide calls the two equivalent (POLICY-SEMANTICS §1.4).
 */
final class PrincipalMatcher {

  private PrincipalMatcher() {}

  /** How {@code statement} of a resource policy covers {@code caller}. */
  static PrincipalMatch match(Statement statement, Principal caller) {
    if (statement.principal().isPresent()) {
      return match(statement.principal().get(), caller);
    }
    if (statement.notPrincipal().isPresent()) {
      return notPrincipalApplies(statement.notPrincipal().get(), statement.effect(), caller)
          ? PrincipalMatch.DIRECT
          : PrincipalMatch.NONE;
    }
    // A resource-policy statement without a principal names nobody (AWS refuses to store one).
    return PrincipalMatch.NONE;
  }

  /** The best match of any entry: naming the caller beats naming its account. */
  static PrincipalMatch match(PrincipalSpec spec, Principal caller) {
    PrincipalMatch best = PrincipalMatch.NONE;
    for (PrincipalRef ref : spec.entries()) {
      PrincipalMatch m = match(ref, caller);
      if (m == PrincipalMatch.DIRECT) {
        return m;
      }
      if (m == PrincipalMatch.ACCOUNT) {
        best = m;
      }
    }
    return best;
  }

  static PrincipalMatch match(PrincipalRef ref, Principal caller) {
    boolean matched;
    if (ref instanceof PrincipalRef.Anyone) {
      matched = true;
    } else if (ref instanceof PrincipalRef.Account a) {
      if (caller.account().filter(a.accountId()::equals).isEmpty()) {
        return PrincipalMatch.NONE;
      }
      // The account principal names the root user itself, and every other principal through it.
      return caller instanceof Principal.AccountRoot
          ? PrincipalMatch.DIRECT
          : PrincipalMatch.ACCOUNT;
    } else if (ref instanceof PrincipalRef.User u) {
      matched = caller instanceof Principal.IamUser && caller.arn().equals(u.text());
    } else if (ref instanceof PrincipalRef.Role r) {
      matched = roleMatches(r, caller);
    } else if (ref instanceof PrincipalRef.Session s) {
      matched = caller instanceof Principal.AssumedRoleSession && caller.arn().equals(s.text());
    } else if (ref instanceof PrincipalRef.Service s) {
      matched = caller instanceof Principal.ServicePrincipal && caller.arn().equals(s.text());
    } else {
      matched = false;
    }
    return matched ? PrincipalMatch.DIRECT : PrincipalMatch.NONE;
  }

  private static boolean roleMatches(PrincipalRef.Role role, Principal caller) {
    if (caller instanceof Principal.IamRole) {
      return caller.arn().equals(role.text());
    }
    // Session ARNs carry the role name without its path, so a role is matched by account and name.
    return caller instanceof Principal.AssumedRoleSession s
        && s.accountId().equals(role.accountId())
        && s.roleName().equals(role.roleName());
  }

  /**
   * Whether a {@code NotPrincipal} statement applies to {@code caller}.
   *
   * <p>With {@code Allow} it applies to everyone not matched by an entry (an account entry matches
   * the account's principals). With {@code Deny}, IAM documents that it may check the caller's
   * account, then its role, then the session, and deny at the first level that is not listed; the
   * documented example of exempting a session lists the session, its role and the account, and
   * "principals must always name a specific session" [IAM-NOTPRINC] (POLICY-SEMANTICS §1.5). We
   * implement that worst case, since a reference that exempts where AWS may deny is the dangerous
   * direction. A caller is exempt only when every level is listed: the account ({@code ACCOUNT} or
   * its root ARN) and, for a user, the user ARN; for a role, the role ARN; for a session, the role
   * ARN and the session ARN itself (a role ARN does not stand for its sessions here). A service
   * principal or the root user is exempt when itself listed; {@code *} exempts everyone.
   */
  static boolean notPrincipalApplies(PrincipalSpec spec, Effect effect, Principal caller) {
    if (effect == Effect.ALLOW) {
      return match(spec, caller) == PrincipalMatch.NONE;
    }
    boolean account = false;
    boolean identity = false;
    boolean role = false;
    for (PrincipalRef ref : spec.entries()) {
      if (ref instanceof PrincipalRef.Anyone) {
        return false;
      }
      PrincipalMatch m = match(ref, caller);
      account |= m == PrincipalMatch.ACCOUNT;
      role |= ref instanceof PrincipalRef.Role && m == PrincipalMatch.DIRECT;
      identity |=
          m == PrincipalMatch.DIRECT && !(ref instanceof PrincipalRef.Role && isSession(caller));
    }
    boolean exempt;
    if (caller instanceof Principal.ServicePrincipal || caller instanceof Principal.AccountRoot) {
      exempt = identity;
    } else if (isSession(caller)) {
      exempt = account && role && identity;
    } else {
      exempt = account && identity;
    }
    return !exempt;
  }

  private static boolean isSession(Principal caller) {
    return caller instanceof Principal.AssumedRoleSession;
  }
}
