package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * An EnableKeyRotation request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param rotationPeriodInDays 90 to 2560; 365 when empty
 */
public record EnableKeyRotationRequest(
    Caller caller, String keyId, Optional<Integer> rotationPeriodInDays) {

  public EnableKeyRotationRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(rotationPeriodInDays, "rotationPeriodInDays");
  }

  public static EnableKeyRotationRequest of(Caller caller, String keyId) {
    return new EnableKeyRotationRequest(caller, keyId, Optional.empty());
  }
}
