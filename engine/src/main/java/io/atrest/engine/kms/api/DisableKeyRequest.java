package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A DisableKey request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record DisableKeyRequest(Caller caller, String keyId) {

  public DisableKeyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
  }

  public static DisableKeyRequest of(Caller caller, String keyId) {
    return new DisableKeyRequest(caller, keyId);
  }
}
