package io.atrest.engine.kms;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a key's material, without the secret: its id, when it was created, and how (empty
 * rotation type for the material the key was created or imported with).
 */
public record MaterialVersion(String materialId, Instant createdAt, RotationType rotationType)
    implements Serializable {
  public MaterialVersion {
    Objects.requireNonNull(materialId, "materialId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  public boolean isRotation() {
    return rotationType != null;
  }
}
