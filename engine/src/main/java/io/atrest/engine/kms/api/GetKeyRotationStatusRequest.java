package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A GetKeyRotationStatus request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record GetKeyRotationStatusRequest(Caller caller, String keyId) {

  public GetKeyRotationStatusRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
  }

  public static GetKeyRotationStatusRequest of(Caller caller, String keyId) {
    return new GetKeyRotationStatusRequest(caller, keyId);
  }
}
