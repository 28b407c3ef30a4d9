package io.atrest.engine.kms.api;

import io.atrest.engine.kms.RotationType;
import java.time.Instant;
import java.util.Objects;

/**
 * One completed rotation.
 *
 * @param keyId the key ARN
 */
public record RotationListEntry(
    String keyId, String keyMaterialId, Instant rotationDate, RotationType rotationType) {

  public RotationListEntry {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
    Objects.requireNonNull(rotationDate, "rotationDate");
    Objects.requireNonNull(rotationType, "rotationType");
  }
}
