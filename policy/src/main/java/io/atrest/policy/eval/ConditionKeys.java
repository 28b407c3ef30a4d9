package io.atrest.policy.eval;

import io.atrest.policy.model.Template;
import java.util.List;
import java.util.Optional;

/**
 * The condition keys a policy sees for one request: those the request gives, then the global keys
 * AWS derives from the caller when the request does not give them [IAM-GKEYS]:
 *
 * <ul>
 *   <li>{@code aws:PrincipalArn}: the caller's ARN; for a role session, the role's ARN;
 *   <li>{@code aws:PrincipalAccount} and {@code kms:CallerAccount}: the caller's account;
 *   <li>{@code aws:PrincipalType}: {@code Account} (root), {@code User}, {@code AssumedRole}
 *       (sessions, and roles used directly), the values of the IAM policy-variables table
 *       [IAM-VARS]; AWS documents no value for service principals, so for them it is absent;
 *   <li>{@code aws:username}: IAM users only, the name without its path;
 *   <li>{@code aws:userid}: the account id for the root user (the unique ids of users and roles are
 *       not derivable from an ARN, so they are absent unless given);
 *   <li>{@code aws:PrincipalIsAWSService}: {@code true} for service principals, else {@code false};
 *   <li>{@code aws:PrincipalServiceName}: service principals only.
 * </ul>
 *
 * A service principal belongs to no customer account, so it has no account keys and no {@code
 * aws:PrincipalArn}. Derived values are made on demand; nothing is computed for keys no policy asks
 * about.
 */
public final class ConditionKeys implements Template.Values {

  /** The keys derived from the caller, spelled as AWS documents them. */
  public static final List<String> DERIVED =
      List.of(
          "aws:PrincipalArn",
          "aws:PrincipalAccount",
          "kms:CallerAccount",
          "aws:PrincipalType",
          "aws:username",
          "aws:userid",
          "aws:PrincipalIsAWSService",
          "aws:PrincipalServiceName");

  private final RequestContext given;
  private final Principal caller;

  private ConditionKeys(RequestContext given, Principal caller) {
    this.given = given;
    this.caller = caller;
  }

  public static ConditionKeys of(AuthorizationRequest request) {
    return new ConditionKeys(request.context(), request.principal());
  }

  /** The value of {@code key} (any case): as given in the request, else derived, else empty. */
  public Optional<ContextValue> get(String key) {
    Optional<ContextValue> value = given.get(key);
    return value.isPresent() ? value : derived(key).map(ContextValue::of);
  }

  /** A single-valued key's value; multivalued keys cannot be policy variables [IAM-SVMV]. */
  @Override
  public Optional<String> single(String key) {
    return get(key).filter(v -> !v.multiValued()).map(ContextValue::single);
  }

  /** Every key the policy could see: the given ones plus those derived from the caller. */
  public RequestContext effective() {
    RequestContext.Builder builder = given.toBuilder();
    for (String key : DERIVED) {
      derived(key).ifPresent(v -> builder.putIfAbsent(key, ContextValue.of(v)));
    }
    return builder.build();
  }

  private Optional<String> derived(String key) {
    if (key.regionMatches(true, 0, "aws:", 0, 4)) {
      return derivedGlobal(key);
    }
    if (key.equalsIgnoreCase("kms:CallerAccount")) {
      return caller.account();
    }
    return Optional.empty();
  }

  private Optional<String> derivedGlobal(String key) {
    boolean service = caller instanceof Principal.ServicePrincipal;
    if (is(key, "PrincipalArn")) {
      return service ? Optional.empty() : Optional.of(caller.principalArn());
    }
    if (is(key, "PrincipalAccount")) {
      return caller.account();
    }
    if (is(key, "PrincipalType")) {
      return principalType();
    }
    if (is(key, "username")) {
      return caller instanceof Principal.IamUser u ? Optional.of(u.userName()) : Optional.empty();
    }
    if (is(key, "userid")) {
      return caller instanceof Principal.AccountRoot r
          ? Optional.of(r.accountId())
          : Optional.empty();
    }
    if (is(key, "PrincipalIsAWSService")) {
      return Optional.of(Boolean.toString(service));
    }
    if (is(key, "PrincipalServiceName")) {
      return service ? Optional.of(caller.arn()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether {@code key} is {@code aws:NAME}, ignoring case, without allocating. */
  private static boolean is(String key, String name) {
    return key.length() == 4 + name.length() && key.regionMatches(true, 4, name, 0, name.length());
  }

  private Optional<String> principalType() {
    if (caller instanceof Principal.AccountRoot) {
      return Optional.of("Account");
    }
    if (caller instanceof Principal.IamUser) {
      return Optional.of("User");
    }
    if (caller instanceof Principal.ServicePrincipal) {
      return Optional.empty();
    }
    return Optional.of("AssumedRole");
  }
}
