package io.atrest.engine.kms.api;

import java.util.List;

/** The policy names of a key: always {@code ["default"]}. */
public record ListKeyPoliciesResult(List<String> policyNames) {

  public ListKeyPoliciesResult {
    policyNames = List.copyOf(policyNames);
  }
}
