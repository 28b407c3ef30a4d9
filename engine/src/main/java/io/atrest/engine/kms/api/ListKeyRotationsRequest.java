package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListKeyRotations request, one page of them.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record ListKeyRotationsRequest(Caller caller, String keyId, PageRequest page) {

  public ListKeyRotationsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(page, "page");
  }

  public static ListKeyRotationsRequest of(Caller caller, String keyId) {
    return new ListKeyRotationsRequest(caller, keyId, PageRequest.FIRST);
  }

  public ListKeyRotationsRequest withPage(PageRequest value) {
    return new ListKeyRotationsRequest(caller, keyId, value);
  }
}
