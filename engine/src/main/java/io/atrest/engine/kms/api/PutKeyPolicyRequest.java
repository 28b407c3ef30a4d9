package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A PutKeyPolicy request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param policyName must be {@code default}
 */
public record PutKeyPolicyRequest(
    Caller caller,
    String keyId,
    String policyName,
    String policy,
    boolean bypassPolicyLockoutSafetyCheck) {

  public PutKeyPolicyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(policyName, "policyName");
    Objects.requireNonNull(policy, "policy");
  }

  public static PutKeyPolicyRequest of(Caller caller, String keyId, String policy) {
    return new PutKeyPolicyRequest(caller, keyId, "default", policy, false);
  }
}
