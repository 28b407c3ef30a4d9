package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A GetKeyPolicy request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param policyName must be {@code default}
 */
public record GetKeyPolicyRequest(Caller caller, String keyId, String policyName) {

  public GetKeyPolicyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(policyName, "policyName");
  }

  public static GetKeyPolicyRequest of(Caller caller, String keyId) {
    return new GetKeyPolicyRequest(caller, keyId, "default");
  }
}
