package io.atrest.policy;

import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ConditionKeys;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.PrincipalMatch;
import io.atrest.policy.eval.StatementResult;
import io.atrest.policy.model.Effect;
import io.atrest.policy.model.PolicyDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Authorizes a request on a KMS key the way KMS combines the key policy with the caller's IAM
 * identity policies (POLICY-SEMANTICS §1.2–1.3; grants are the engine's):
 *
 * <ol>
 *   <li>An applying Deny in the key policy or in any identity policy wins [IAM-EVAL].
 *   <li>The key's account is the account in the resource ARN ({@code
 *       arn:aws:kms:REGION:ACCOUNT:key/ID}).
 *   <li>Same account: a key-policy Allow that names the caller (its user or role ARN, the role of
 *       its session, its service principal, or {@code *}) allows by itself. An identity-policy
 *       Allow counts only if the key policy delegates the same action to the account: an applying
 *       Allow whose principal is the account ({@code "AWS": "ACCOUNT"} or {@code
 *       arn:aws:iam::ACCOUNT:root}) [KMS-KP], [KMS-DEF]. Otherwise it is reported {@code
 *       NOT_COUNTED}. The root user has no identity policies; the account principal names it.
 *   <li>Another account: the key policy must allow (naming the caller or the caller's account)
 *       <em>and</em> the caller's identity policies must allow [KMS-XACCT], [IAM-XACCT]; the
 *       external root user's side is allowed by the IAM root exception. Only the operations KMS
 *       supports across accounts can be authorized at all [KMS-API].
 * </ol>
 *
 * Instances are stateless and thread-safe.
 */
public final class KeyPolicyAuthorizer {

  /**
   * The KMS permissions that work across accounts (POLICY-SEMANTICS §1.3, the API model's
   * cross-account column); {@code ReEncrypt} is authorized as {@code ReEncryptFrom}/{@code
   * ReEncryptTo}. Lower case, without the {@code kms:} prefix.
   */
  static final Set<String> CROSS_ACCOUNT_ACTIONS =
      Set.of(
          "creategrant",
          "decrypt",
          "derivesharedsecret",
          "describekey",
          "encrypt",
          "generatedatakey",
          "generatedatakeypair",
          "generatedatakeypairwithoutplaintext",
          "generatedatakeywithoutplaintext",
          "generatemac",
          "getkeyrotationstatus",
          "getpublickey",
          "listgrants",
          "reencrypt",
          "reencryptfrom",
          "reencryptto",
          "retiregrant",
          "revokegrant",
          "sign",
          "verify",
          "verifymac");

  /** The last key ARN read and its account: callers authorize many requests on one key. */
  private static volatile KeyArn lastKey = new KeyArn("", "");

  private record KeyArn(String resource, String account) {}

  /**
   * The decision for {@code request} on the key whose ARN is the request's resource.
   *
   * @param keyPolicy the key's policy
   * @param identityPolicies the IAM policies attached to the caller (for a role session, to its
   *     role), in the caller's own account
   * @throws IllegalArgumentException when the resource is not a KMS key or alias ARN
   */
  public Decision authorize(
      AuthorizationRequest request,
      PolicyDocument keyPolicy,
      List<PolicyDocument> identityPolicies) {
    String keyAccount = keyAccount(request.resource());
    ConditionKeys keys = ConditionKeys.of(request);
    Evaluated key =
        new Evaluated(keyPolicy, PolicyEvaluator.results(request, keys, keyPolicy, true));
    List<Evaluated> identity = new ArrayList<>(identityPolicies.size());
    for (PolicyDocument policy : identityPolicies) {
      identity.add(new Evaluated(policy, PolicyEvaluator.results(request, keys, policy, false)));
    }
    return new Combination(request, keyAccount, key, identity).decide();
  }

  /**
   * The account of a KMS key or alias ARN ({@code arn:PARTITION:kms:REGION:ACCOUNT:key/ID}).
   *
   * @throws IllegalArgumentException naming the value when it is no such ARN
   */
  static String keyAccount(String resource) {
    KeyArn last = lastKey;
    if (last.resource().equals(resource)) {
      return last.account();
    }
    String account = parseKeyAccount(resource);
    lastKey = new KeyArn(resource, account);
    return account;
  }

  private static String parseKeyAccount(String resource) {
    // Parsed by hand: this runs on every authorization, and String.matches compiles a regex.
    int[] colons = new int[5];
    int found = 0;
    for (int i = 0; i < resource.length() && found < 5; i++) {
      if (resource.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    if (found < 5
        || !resource.startsWith("arn:")
        || !resource.startsWith("kms:", colons[1] + 1)
        || colons[4] - colons[3] != 13
        || !isDigits(resource, colons[3] + 1, colons[4])
        || !(resource.startsWith("key/", colons[4] + 1)
            || resource.startsWith("alias/", colons[4] + 1))) {
      throw new IllegalArgumentException(
          "resource `" + resource + "` is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/ID)");
    }
    return resource.substring(colons[3] + 1, colons[4]);
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether KMS supports {@code action} on a key in another account. */
  static boolean worksAcrossAccounts(String action) {
    int colon = action.indexOf(':');
    return action.regionMatches(true, 0, "kms", 0, colon)
        && colon == 3
        && CROSS_ACCOUNT_ACTIONS.contains(action.substring(colon + 1).toLowerCase(Locale.ROOT));
  }

  /** One policy with the results of its statements that cover the principal and action. */
  record Evaluated(PolicyDocument policy, List<StatementResult> results) {}

  /** The combination of one request's results; a short-lived helper, so its state is mutable. */
  private static final class Combination {
    private final AuthorizationRequest request;
    private final String keyAccount;
    private final Evaluated key;
    private final List<Evaluated> identity;
    private final List<Reason> reasons = new ArrayList<>(4);

    Combination(
        AuthorizationRequest request, String keyAccount, Evaluated key, List<Evaluated> identity) {
      this.request = request;
      this.keyAccount = keyAccount;
      this.key = key;
      this.identity = identity;
    }

    Decision decide() {
      Outcome outcome = outcome();
      addNearMisses(key);
      identity.forEach(this::addNearMisses);
      if (outcome == Outcome.IMPLICIT_DENY) {
        reasons.add(
            Reason.note(
                key.policy().source(),
                "no applicable statement allows "
                    + request.action()
                    + " by "
                    + request.principal().arn()
                    + " on "
                    + request.resource()
                    + " (implicit deny)"));
      }
      return new Decision(outcome, PolicyEvaluator.sorted(reasons));
    }

    private Outcome outcome() {
      if (anyDeny()) {
        addApplied(key, Reason.Kind.DENIED_BY);
        identity.forEach(p -> addApplied(p, Reason.Kind.DENIED_BY));
        notCounted(key, "an explicit deny overrides it");
        identity.forEach(p -> notCounted(p, "an explicit deny overrides it"));
        return Outcome.EXPLICIT_DENY;
      }
      Optional<String> callerAccount = request.principal().account();
      boolean crossAccount = callerAccount.isPresent() && !callerAccount.get().equals(keyAccount);
      if (crossAccount && !worksAcrossAccounts(request.action())) {
        reasons.add(
            Reason.note(
                key.policy().source(),
                request.action()
                    + " cannot be used across accounts: the caller's account "
                    + callerAccount.get()
                    + " is not the key's account "
                    + keyAccount
                    + ", and KMS ignores cross-account permissions for this operation"));
        notCounted(key, "it cannot grant a cross-account " + request.action());
        identity.forEach(p -> notCounted(p, "it cannot grant a cross-account " + request.action()));
        return Outcome.IMPLICIT_DENY;
      }
      return crossAccount ? crossAccount(callerAccount.get()) : sameAccount();
    }

    private Outcome sameAccount() {
      boolean direct = keyAllows(PrincipalMatch.DIRECT);
      boolean delegated = keyAllows(PrincipalMatch.ACCOUNT);
      boolean iamAllows = identityAllows();
      if (direct) {
        addKeyAllows(PrincipalMatch.DIRECT, Reason.Kind.ALLOWED_BY, "");
      }
      if (iamAllows && delegated) {
        addKeyAllows(PrincipalMatch.ACCOUNT, Reason.Kind.ALLOWED_BY, delegationSuffix());
        identity.forEach(p -> addApplied(p, Reason.Kind.ALLOWED_BY));
        return Outcome.ALLOW;
      }
      if (iamAllows) {
        identity.forEach(p -> notCounted(p, noDelegation()));
      } else if (delegated) {
        addKeyAllows(
            PrincipalMatch.ACCOUNT,
            Reason.Kind.NOT_COUNTED,
            "; it delegates to IAM, but no identity policy of the caller allows "
                + request.action());
      }
      return direct ? Outcome.ALLOW : Outcome.IMPLICIT_DENY;
    }

    private Outcome crossAccount(String callerAccount) {
      boolean keySide = keyAllows(PrincipalMatch.DIRECT) || keyAllows(PrincipalMatch.ACCOUNT);
      boolean rootCaller = request.principal() instanceof Principal.AccountRoot;
      boolean identitySide = rootCaller || identityAllows();
      if (keySide && identitySide) {
        addKeyAllows(PrincipalMatch.DIRECT, Reason.Kind.ALLOWED_BY, "");
        addKeyAllows(PrincipalMatch.ACCOUNT, Reason.Kind.ALLOWED_BY, "");
        identity.forEach(p -> addApplied(p, Reason.Kind.ALLOWED_BY));
        return Outcome.ALLOW;
      }
      String both =
          "; a caller from account "
              + callerAccount
              + " using a key of account "
              + keyAccount
              + " needs an allow in both the key policy and its own identity policies";
      if (keySide) {
        addKeyAllows(PrincipalMatch.DIRECT, Reason.Kind.NOT_COUNTED, both);
        addKeyAllows(PrincipalMatch.ACCOUNT, Reason.Kind.NOT_COUNTED, both);
        reasons.add(
            Reason.note(
                "identity policies",
                "no identity policy of "
                    + request.principal().arn()
                    + " in account "
                    + callerAccount
                    + " allows "
                    + request.action()
                    + " on "
                    + request.resource()));
      } else {
        identity.forEach(
            p ->
                notCounted(
                    p,
                    "the key policy of account "
                        + keyAccount
                        + " does not allow "
                        + request.action()
                        + " to "
                        + request.principal().arn()
                        + " or its account "
                        + callerAccount
                        + both));
      }
      return Outcome.IMPLICIT_DENY;
    }

    private String noDelegation() {
      return "the key policy does not delegate "
          + request.action()
          + " to account "
          + keyAccount
          + " (no applying Allow statement names arn:aws:iam::"
          + keyAccount
          + ":root or "
          + keyAccount
          + "), so IAM policies cannot allow it; IAM denies would still apply";
    }

    private String delegationSuffix() {
      return "; it delegates " + request.action() + " to the account's IAM policies";
    }

    private boolean anyDeny() {
      if (has(key, Effect.DENY, null)) {
        return true;
      }
      for (Evaluated p : identity) {
        if (has(p, Effect.DENY, null)) {
          return true;
        }
      }
      return false;
    }

    private boolean keyAllows(PrincipalMatch match) {
      return has(key, Effect.ALLOW, match);
    }

    private boolean identityAllows() {
      for (Evaluated p : identity) {
        if (has(p, Effect.ALLOW, null)) {
          return true;
        }
      }
      return false;
    }

    private boolean has(Evaluated p, Effect effect, @Nullable PrincipalMatch match) {
      for (StatementResult r : p.results()) {
        if (r.applies()
            && r.statement().effect() == effect
            && (match == null || r.principal() == match)) {
          return true;
        }
      }
      return false;
    }

    private void addKeyAllows(PrincipalMatch match, Reason.Kind kind, String suffix) {
      for (StatementResult r : key.results()) {
        if (r.applies() && r.statement().effect() == Effect.ALLOW && r.principal() == match) {
          reasons.add(PolicyEvaluator.reason(key.policy(), r, kind, summary(r) + suffix));
        }
      }
    }

    /** Adds every applying statement of {@code p} with the effect the kind implies. */
    private void addApplied(Evaluated p, Reason.Kind kind) {
      Effect effect = kind == Reason.Kind.DENIED_BY ? Effect.DENY : Effect.ALLOW;
      for (StatementResult r : p.results()) {
        if (r.applies() && r.statement().effect() == effect) {
          String suffix =
              kind == Reason.Kind.DENIED_BY ? "; an explicit deny overrides every allow" : "";
          reasons.add(PolicyEvaluator.reason(p.policy(), r, kind, summary(r) + suffix));
        }
      }
    }

    private void notCounted(Evaluated p, String why) {
      for (StatementResult r : p.results()) {
        if (r.applies() && r.statement().effect() == Effect.ALLOW) {
          reasons.add(
              PolicyEvaluator.reason(
                  p.policy(), r, Reason.Kind.NOT_COUNTED, summary(r) + ", but " + why));
        }
      }
    }

    private void addNearMisses(Evaluated p) {
      for (StatementResult r : p.results()) {
        if (!r.applies()) {
          reasons.add(PolicyEvaluator.nearMiss(p.policy(), r, request));
        }
      }
    }

    private String summary(StatementResult r) {
      return PolicyEvaluator.summaryOf(r, request);
    }
  }
}
