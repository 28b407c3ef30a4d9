package io.atrest.engine.kms;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One version of a key's material, without the secret: its id, when it was created (for a rotation,
 * its rotation date), how (empty rotation type for the material the key was created or first
 * imported with), and, for imported material, its import facts (null for KMS-generated material).
 */
public record MaterialVersion(
    String materialId, Instant createdAt, RotationType rotationType, MaterialImport imported)
    implements Serializable {
  public MaterialVersion {
    Objects.requireNonNull(materialId, "materialId");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** KMS-generated material. */
  public MaterialVersion(String materialId, Instant createdAt, RotationType rotationType) {
    this(materialId, createdAt, rotationType, null);
  }

  public boolean isRotation() {
    return rotationType != null;
  }

  /** Imported material that waits for RotateKeyOnDemand to become current. */
  public boolean isPendingRotation() {
    return imported != null && imported.pendingRotation();
  }

  MaterialVersion withImport(MaterialImport v) {
    return new MaterialVersion(materialId, createdAt, rotationType, v);
  }
}
