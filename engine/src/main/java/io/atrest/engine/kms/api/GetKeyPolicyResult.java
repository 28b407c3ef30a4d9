package io.atrest.engine.kms.api;

import java.util.Objects;

/** The key policy, as stored. */
public record GetKeyPolicyResult(String policy, String policyName) {

  public GetKeyPolicyResult {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(policyName, "policyName");
  }
}
