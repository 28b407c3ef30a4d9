package io.atrest.engine.kms.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rotation status of a key.
 *
 * @param keyId the key ARN
 */
public record GetKeyRotationStatusResult(
    String keyId,
    boolean keyRotationEnabled,
    Optional<Integer> rotationPeriodInDays,
    Optional<Instant> nextRotationDate,
    Optional<Instant> onDemandRotationStartDate) {

  public GetKeyRotationStatusResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(rotationPeriodInDays, "rotationPeriodInDays");
    Objects.requireNonNull(nextRotationDate, "nextRotationDate");
    Objects.requireNonNull(onDemandRotationStartDate, "onDemandRotationStartDate");
  }
}
