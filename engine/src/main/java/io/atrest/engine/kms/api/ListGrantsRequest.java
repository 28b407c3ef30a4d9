package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ListGrants request, optionally filtered.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record ListGrantsRequest(
    Caller caller, String keyId, Optional<String> grantId, Optional<String> granteePrincipal) {

  public ListGrantsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
  }

  public static ListGrantsRequest of(Caller caller, String keyId) {
    return new ListGrantsRequest(caller, keyId, Optional.empty(), Optional.empty());
  }
}
