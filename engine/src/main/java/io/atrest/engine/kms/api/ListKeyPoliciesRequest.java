package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListKeyPolicies request, one page of them.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record ListKeyPoliciesRequest(Caller caller, String keyId, PageRequest page) {

  public ListKeyPoliciesRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(page, "page");
  }

  public static ListKeyPoliciesRequest of(Caller caller, String keyId) {
    return new ListKeyPoliciesRequest(caller, keyId, PageRequest.FIRST);
  }

  public ListKeyPoliciesRequest withPage(PageRequest value) {
    return new ListKeyPoliciesRequest(caller, keyId, value);
  }
}
