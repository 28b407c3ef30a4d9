package io.atrest.engine.identity;

import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IAM side of the engine: which accounts, users and roles exist, their unique principal ids,
 * and the identity policies attached to them. KMS asks it whether a principal named in a key policy
 * exists (a key policy naming one that does not is refused) and which identity policies count for a
 * caller. It is thread-safe.
 */
public final class IamRegistry {

  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final SecureRandom random;
  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private final Map<String, String> uniqueIds = new ConcurrentHashMap<>();
  private final Map<String, List<IdentityPolicy>> policies = new ConcurrentHashMap<>();

  public IamRegistry(SecureRandom random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Registers an account; registering the same id twice keeps the first region. */
  public Account addAccount(String id, String region) {
    return accounts.computeIfAbsent(id, i -> new Account(i, region));
  }

  public Optional<Account> account(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  public boolean isKnownAccount(String id) {
    return accounts.containsKey(id);
  }

  /**
   * Creates an IAM user (name may carry a path, {@code division/alice}) in a registered account.
   */
  public Principal.IamUser addUser(String accountId, String name) {
    requireAccount(accountId);
    Principal.IamUser user = new Principal.IamUser(accountId, requireName("user", name));
    uniqueIds.computeIfAbsent(user.arn(), a -> "AIDA" + randomId());
    return user;
  }

  /** Creates an IAM role in a registered account. */
  public Principal.IamRole addRole(String accountId, String name) {
    requireAccount(accountId);
    Principal.IamRole role = new Principal.IamRole(accountId, requireName("role", name));
    uniqueIds.computeIfAbsent(role.arn(), a -> "AROA" + randomId());
    return role;
  }

  /** A session of an existing role, as sts:AssumeRole would return. */
  public Principal.AssumedRoleSession assumeRole(Principal.IamRole role, String sessionName) {
    if (!exists(role)) {
      throw new IllegalArgumentException("role `" + role.arn() + "` does not exist");
    }
    return new Principal.AssumedRoleSession(
        role.accountId(), role.name(), requireName("session", sessionName));
  }

  /** Deletes a user or role; policies naming it no longer match it. */
  public void remove(Principal principal) {
    uniqueIds.remove(principal.arn());
    policies.remove(principal.arn());
  }

  /** Attaches an identity policy to a user or role (replacing one of the same name). */
  public void attachPolicy(Principal principal, IdentityPolicy policy) {
    if (!(principal instanceof Principal.IamUser || principal instanceof Principal.IamRole)) {
      throw new IllegalArgumentException(
          "identity policies attach to IAM users and roles, not to `" + principal.arn() + "`");
    }
    if (!exists(principal)) {
      throw new IllegalArgumentException("principal `" + principal.arn() + "` does not exist");
    }
    policies.compute(
        principal.arn(),
        (arn, list) -> {
          List<IdentityPolicy> next = new ArrayList<>(list == null ? List.of() : list);
          next.removeIf(p -> p.name().equals(policy.name()));
          next.add(policy);
          return List.copyOf(next);
        });
  }

  /**
   * The identity policies that apply to a caller: a user's own, a role's for the role and its
   * sessions; none for the account root and for service principals.
   */
  public List<IdentityPolicy> policiesFor(Principal principal) {
    String holder = principal.arn();
    if (principal instanceof Principal.AssumedRoleSession session) {
      holder = session.roleArn();
    }
    return policies.getOrDefault(holder, List.of());
  }

  /**
   * Whether the principal exists: a registered account's root, a created user or role, a session of
   * a created role; service principals always exist.
   */
  public boolean exists(Principal principal) {
    if (principal instanceof Principal.AccountRoot root) {
      return isKnownAccount(root.accountId());
    }
    if (principal instanceof Principal.AssumedRoleSession session) {
      return uniqueIds.containsKey(session.roleArn());
    }
    return principal instanceof Principal.ServicePrincipal
        || uniqueIds.containsKey(principal.arn());
  }

  /**
   * The principal id CloudTrail shows: {@code AIDA…} for users, {@code AROA…:SESSION} for role
   * sessions, the account id for the root; empty for unknown principals and services.
   */
  public Optional<String> principalId(Principal principal) {
    if (principal instanceof Principal.AccountRoot root) {
      return Optional.of(root.accountId());
    }
    if (principal instanceof Principal.AssumedRoleSession s) {
      return Optional.ofNullable(uniqueIds.get(s.roleArn())).map(id -> id + ":" + s.sessionName());
    }
    return Optional.ofNullable(uniqueIds.get(principal.arn()));
  }

  private void requireAccount(String accountId) {
    if (!isKnownAccount(accountId)) {
      throw new IllegalArgumentException("account `" + accountId + "` is not registered");
    }
  }

  private static String requireName(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isBlank() || name.contains(":")) {
      throw new IllegalArgumentException(
          what + " name `" + name + "` must be non-blank without `:`");
    }
    return name;
  }

  private String randomId() {
    StringBuilder id = new StringBuilder(17);
    for (int i = 0; i < 17; i++) {
      id.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }
}
