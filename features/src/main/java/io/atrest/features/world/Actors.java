package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.features.types.PrincipalRef;
import io.atrest.policy.eval.Principal;
import java.util.HashMap;
import java.util.Map;

/**
 * Resolves the principals a scenario names into the engine's principals. A user, role or session
 * named in a step exists from then on (its account is registered, the user or role created in IAM),
 * the way a scenario's "Given" would set them up; principals named only inside a policy document
 * are not created, so a policy naming a missing principal is refused as AWS refuses it.
 */
public final class Actors {

  private static final String KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final KmsWorld world;
  private final Map<String, String> accessKeys = new HashMap<>();

  public Actors(KmsWorld world) {
    this.world = world;
  }

  /** The engine principal of {@code ref}, created in IAM when it does not exist yet. */
  public Principal resolve(PrincipalRef ref) {
    IamRegistry iam = world.iam();
    String account = ref.account().orElse(KmsWorld.HOME_ACCOUNT);
    return switch (ref.kind()) {
      case USER -> iam.addUser(register(account), ref.name());
      case ROLE -> iam.addRole(register(account), ref.name());
      case SESSION ->
          iam.assumeRole(iam.addRole(register(account), ref.role().orElseThrow()), ref.name());
      case ROOT -> new Principal.AccountRoot(register(account));
      case SERVICE -> new Principal.ServicePrincipal(ref.name());
      case ARN -> existing(Principal.parse(ref.name()));
    };
  }

  /**
   * The caller of a request by {@code ref}: a service principal calls as itself; any other
   * principal calls directly, or through DynamoDB on its own behalf when {@code throughDynamoDb}.
   */
  public Caller caller(PrincipalRef ref, boolean throughDynamoDb) {
    Principal principal = resolve(ref);
    if (principal instanceof Principal.ServicePrincipal service) {
      if (throughDynamoDb) {
        throw new IllegalArgumentException(
            "service principal `" + service.name() + "` calls KMS as itself, not through DynamoDB");
      }
      return Caller.service(service.name().substring(0, service.name().indexOf('.')));
    }
    Caller caller = throughDynamoDb ? Caller.via("dynamodb", principal) : Caller.direct(principal);
    return signed(caller);
  }

  /**
   * The caller of a request by {@code ref} made through another integrated service, such as {@code
   * ec2}.
   */
  public Caller callerVia(PrincipalRef ref, String service) {
    return signed(Caller.via(service, resolve(ref)));
  }

  /**
   * The caller with the access key id its request is signed with, as CloudTrail records it: a
   * long-term key ({@code AKIA…}) for users and the root, a temporary one ({@code ASIA…}) for
   * sessions; one per principal for the whole scenario.
   */
  private Caller signed(Caller caller) {
    Principal p = caller.principal();
    String prefix = p instanceof Principal.AssumedRoleSession ? "ASIA" : "AKIA";
    String id = accessKeys.computeIfAbsent(p.arn(), arn -> prefix + randomKeyChars());
    return caller.withAccessKeyId(id);
  }

  private String randomKeyChars() {
    StringBuilder chars = new StringBuilder(16);
    for (int i = 0; i < 16; i++) {
      chars.append(KEY_ALPHABET.charAt(world.random().nextInt(KEY_ALPHABET.length())));
    }
    return chars.toString();
  }

  /** Attaches an identity policy to a user or role (a session's role for a session). */
  public void attach(PrincipalRef ref, String policyName, String json) {
    Principal principal = resolve(ref);
    if (principal instanceof Principal.AssumedRoleSession session) {
      principal = new Principal.IamRole(session.accountId(), session.roleName());
    }
    world.iam().attachPolicy(principal, IdentityPolicy.parse(policyName, json));
  }

  /** Registers an account in the scenario's region (idempotent) and returns its id. */
  public String register(String accountId) {
    return world.iam().addAccount(accountId, KmsWorld.REGION).id();
  }

  private Principal existing(Principal principal) {
    principal.account().ifPresent(this::register);
    if (principal instanceof Principal.IamUser user) {
      return world.iam().addUser(user.accountId(), user.name());
    }
    if (principal instanceof Principal.IamRole role) {
      return world.iam().addRole(role.accountId(), role.name());
    }
    if (principal instanceof Principal.AssumedRoleSession s) {
      return world
          .iam()
          .assumeRole(world.iam().addRole(s.accountId(), s.roleName()), s.sessionName());
    }
    return principal;
  }
}
