package io.atrest.engine.kms;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.GetKeyPolicyResult;
import io.atrest.engine.kms.api.ListKeyPoliciesRequest;
import io.atrest.engine.kms.api.ListKeyPoliciesResult;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.error.MalformedPolicyDocumentException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.policy.Decision;
import io.atrest.policy.KeyPolicyAuthorizer;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.PrincipalRef;
import io.atrest.policy.model.PrincipalSpec;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Key policies: PutKeyPolicy, GetKeyPolicy, ListKeyPolicies, and the checks CreateKey and
 * PutKeyPolicy make on a new policy [KMS-API] PutKeyPolicy:
 *
 * <ol>
 *   <li>it must parse: otherwise {@code MalformedPolicyDocumentException} with the parser's located
 *       message (AWS's own wording for syntax errors is not recorded);
 *   <li>every principal it names must exist: {@code Policy contains a statement with one or more
 *       invalid principals.} [issue localstack#7605];
 *   <li>unless {@code BypassPolicyLockoutSafetyCheck}, the caller must still be allowed {@code
 *       kms:PutKeyPolicy} under it: {@code The new key policy will not allow you to update the key
 *       policy in the future.} [issues trussworks/terraform-aws-cloudtrail#178,
 *       data-dot-all/dataall#961].
 * </ol>
 */
final class KeyPolicies {

  static final String POLICY_NAME = "default";

  private final KmsCore core;
  private final KeyPolicyAuthorizer authorizer = new KeyPolicyAuthorizer();

  KeyPolicies(KmsCore core) {
    this.core = core;
  }

  void put(KmsCall call, PutKeyPolicyRequest r) {
    call.param("policyName", r.policyName())
        .param("policy", r.policy())
        .param("bypassPolicyLockoutSafetyCheck", r.bypassPolicyLockoutSafetyCheck());
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.PutKeyPolicy,
            "kms:BypassPolicyLockoutSafetyCheck",
            ContextValue.of(r.bypassPolicyLockoutSafetyCheck()));
    requireDefaultName(r.policyName());
    validate(r.policy(), call.caller, key, r.bypassPolicyLockoutSafetyCheck());
    core.store.putKey(key.toBuilder().policy(r.policy()).build());
  }

  GetKeyPolicyResult get(KmsCall call, GetKeyPolicyRequest r) {
    call.param("policyName", r.policyName());
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.GetKeyPolicy);
    requireDefaultName(r.policyName());
    return new GetKeyPolicyResult(key.policy(), POLICY_NAME);
  }

  ListKeyPoliciesResult list(KmsCall call, ListKeyPoliciesRequest r) {
    call.param("keyId", r.keyId());
    Pages.check(call, r.page());
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.ListKeyPolicies);
    Pages.Page<String> page =
        Pages.page(KmsOperation.ListKeyPolicies, key.arn(), r.page(), List.of(POLICY_NAME), n -> n);
    return new ListKeyPoliciesResult(page.items(), page.nextMarker());
  }

  /** The checks of a new key policy for {@code key}, in AWS's order. */
  void validate(String json, Caller caller, KeyRecord key, boolean bypassLockoutCheck) {
    PolicyDocument policy = parse(json);
    if (!allPrincipalsExist(policy)) {
      throw new MalformedPolicyDocumentException(
          "Policy contains a statement with one or more invalid principals.");
    }
    if (!bypassLockoutCheck && !callerKeepsPutKeyPolicy(policy, caller, key)) {
      throw new MalformedPolicyDocumentException(
          "The new key policy will not allow you to update the key policy in the future.");
    }
  }

  private static PolicyDocument parse(String json) {
    try {
      return PolicyParser.parse(PolicyCache.KEY_POLICY, json);
    } catch (PolicyParseException e) {
      throw new MalformedPolicyDocumentException(e.toString());
    }
  }

  private boolean allPrincipalsExist(PolicyDocument policy) {
    return policy.statements().stream()
        .flatMap(s -> Stream.of(s.principal(), s.notPrincipal()))
        .flatMap(Optional::stream)
        .map(PrincipalSpec::entries)
        .flatMap(List::stream)
        .allMatch(this::exists);
  }

  private boolean exists(PrincipalRef ref) {
    if (ref instanceof PrincipalRef.Anyone || ref instanceof PrincipalRef.Service) {
      return true;
    }
    if (ref instanceof PrincipalRef.Account account) {
      return core.iam.isKnownAccount(account.accountId());
    }
    if (ref instanceof PrincipalRef.User
        || ref instanceof PrincipalRef.Role
        || ref instanceof PrincipalRef.Session) {
      try {
        return core.iam.exists(Principal.parse(ref.text()));
      } catch (IllegalArgumentException notAPrincipal) {
        return false;
      }
    }
    return false;
  }

  private boolean callerKeepsPutKeyPolicy(PolicyDocument policy, Caller caller, KeyRecord key) {
    KmsCall probe = new KmsCall(KmsOperation.PutKeyPolicy, caller, core.clock.instant());
    AuthorizationRequest request =
        new AuthorizationRequest(
            caller.principal(),
            KmsOperation.PutKeyPolicy.action(),
            key.arn(),
            core.context(probe, key, Optional.empty()).build());
    Decision decision =
        authorizer.authorize(request, policy, core.access.identityPolicies(caller.principal()));
    return decision.isAllowed();
  }

  private static void requireDefaultName(String name) {
    if (!POLICY_NAME.equals(name)) {
      // The only policy name KMS knows is "default"; AWS's message for others is not recorded.
      throw new NotFoundException(
          "Policy name `" + name + "` is not found: the only key policy name is `default`");
    }
  }
}
