package io.atrest.features.world;

import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers questions over a key policy ("who can decrypt through DynamoDB", "can anyone outside the
 * account use the key") by evaluating it, with the identity policies that apply, for a
 * representative set of principals: the ones the scenario names, other users, roles and sessions of
 * the key's account, its root, principals and the root of another account (whose own IAM is assumed
 * to allow everything, the worst case), and the DynamoDB service principal. Grants are not
 * considered: the question is about the policies.
 */
public final class PolicyQuestions {

  /** An account no scenario uses, standing for "any other account". */
  public static final String STRANGER_ACCOUNT = "999988887777";

  private static final String ALLOW_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";

  private final KmsWorld world;
  private final Evidence evidence;
  private final KeyPolicyAuthorizer authorizer = new KeyPolicyAuthorizer();

  public PolicyQuestions(KmsWorld world, Evidence evidence) {
    this.world = world;
    this.evidence = evidence;
  }

  /**
   * The principals among {@code named} and the representative ones that the key's policy allows
   * {@code action}, each with its decision.
   */
  public Map<Principal, Decision> allowed(
      String keyArn, String action, boolean throughDynamoDb, List<Principal> named) {
    PolicyDocument policy = policy(keyArn);
    Map<Principal, Decision> allowed = new LinkedHashMap<>();
    for (Principal p : representatives(named)) {
      Decision d =
          decide(
              policy,
              keyArn,
              action,
              throughDynamoDb && !(p instanceof Principal.ServicePrincipal),
              p);
      if (d.isAllowed()) {
        allowed.put(p, d);
        evidence.decision(p.arn(), action, keyArn, d, world.policyOf(keyArn));
      }
    }
    return allowed;
  }

  /** The principals outside {@code account} that the key's policy allows any of {@code actions}. */
  public Map<String, Decision> outsiders(String keyArn, String account, List<String> actions) {
    PolicyDocument policy = policy(keyArn);
    Map<String, Decision> allowed = new LinkedHashMap<>();
    for (Principal p : representatives(List.of())) {
      if (p.account().filter(account::equals).isPresent()) {
        continue;
      }
      for (String action : actions) {
        for (boolean via : List.of(false, true)) {
          Decision d =
              decide(policy, keyArn, action, via && !(p instanceof Principal.ServicePrincipal), p);
          if (d.isAllowed()) {
            allowed.put(p.arn() + " " + action + (via ? " through DynamoDB" : ""), d);
          }
        }
      }
    }
    return allowed;
  }

  /** The decision for {@code p} calling {@code action} through DynamoDB of {@code region}. */
  public Decision throughDynamoDbIn(String keyArn, Principal p, String action, String region) {
    Decision d = decide(policy(keyArn), keyArn, action, region, p);
    evidence.decision(p.arn(), action, keyArn, d, world.policyOf(keyArn));
    return d;
  }

  private Decision decide(
      PolicyDocument policy, String keyArn, String action, boolean via, Principal p) {
    return decide(policy, keyArn, action, via ? KmsWorld.REGION : null, p);
  }

  private Decision decide(
      PolicyDocument policy,
      String keyArn,
      String action,
      @Nullable String viaRegion,
      Principal p) {
    RequestContext.Builder context = RequestContext.builder();
    if (viaRegion != null) {
      context.put("kms:ViaService", "dynamodb." + viaRegion + ".amazonaws.com");
    }
    AuthorizationRequest request = new AuthorizationRequest(p, action, keyArn, context.build());
    return authorizer.authorize(request, policy, identityPolicies(p, keyArn));
  }

  private List<PolicyDocument> identityPolicies(Principal p, String keyArn) {
    boolean foreign = p.account().filter(a -> !keyArn.contains(":" + a + ":")).isPresent();
    if (foreign && !world.iam().isKnownAccount(p.account().orElseThrow())) {
      return List.of(IdentityPolicy.parse("stranger-allows-all", ALLOW_ALL).document());
    }
    return world.iam().policiesFor(p).stream().map(IdentityPolicy::document).toList();
  }

  private List<Principal> representatives(List<Principal> named) {
    String home = KmsWorld.HOME_ACCOUNT;
    Set<Principal> all = new LinkedHashSet<>(named);
    all.add(new Principal.IamUser(home, "atrest-probe-user"));
    all.add(new Principal.AssumedRoleSession(home, "atrest-probe-role", "probe-session"));
    all.add(new Principal.AccountRoot(home));
    all.add(new Principal.IamUser(STRANGER_ACCOUNT, "stranger"));
    all.add(new Principal.AssumedRoleSession(STRANGER_ACCOUNT, "stranger-role", "probe-session"));
    all.add(new Principal.AccountRoot(STRANGER_ACCOUNT));
    all.add(new Principal.ServicePrincipal("dynamodb.amazonaws.com"));
    return new ArrayList<>(all);
  }

  private PolicyDocument policy(String keyArn) {
    String json =
        world
            .policyOf(keyArn)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the scenario does not know the key policy of "
                            + keyArn
                            + ": questions over a policy need a key created with a policy in the scenario"));
    try {
      return PolicyParser.parse("key-policy", json);
    } catch (PolicyParseException e) {
      throw new IllegalStateException(
          "the key policy of " + keyArn + " does not parse: " + e.getMessage(), e);
    }
  }
}
