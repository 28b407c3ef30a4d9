package io.atrest.engine.kms;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What KMS keeps about one imported key material (origin EXTERNAL) besides its secret: whether it
 * is in KMS now, whether and when it expires, its optional description, and whether it still waits
 * for the on-demand rotation that would make it current ("not permanently associated with the KMS
 * key" until then, RotationsListEntry.KeyMaterialState).
 *
 * @param validTo when the material expires; null when it does not
 * @param description the KeyMaterialDescription given at import; null when none was
 */
public record MaterialImport(
    ImportState importState,
    ExpirationModel expirationModel,
    Instant validTo,
    String description,
    boolean pendingRotation)
    implements Serializable {

  public MaterialImport {
    Objects.requireNonNull(importState, "importState");
    Objects.requireNonNull(expirationModel, "expirationModel");
    if ((validTo != null) != (expirationModel == ExpirationModel.KEY_MATERIAL_EXPIRES)) {
      throw new IllegalArgumentException(
          "validTo `" + validTo + "` does not fit expiration model " + expirationModel);
    }
  }

  /** Material just imported, with the expiry and description of that import. */
  static MaterialImport imported(Instant validTo, String description, boolean pendingRotation) {
    return new MaterialImport(
        ImportState.IMPORTED,
        validTo == null
            ? ExpirationModel.KEY_MATERIAL_DOES_NOT_EXPIRE
            : ExpirationModel.KEY_MATERIAL_EXPIRES,
        validTo,
        description,
        pendingRotation);
  }

  /** This material, deleted or expired: listed as PENDING_IMPORT with its last expiration model. */
  MaterialImport deleted() {
    return new MaterialImport(
        ImportState.PENDING_IMPORT, expirationModel, validTo, description, pendingRotation);
  }

  /** This material, made current by an on-demand rotation. */
  MaterialImport rotatedIn() {
    return new MaterialImport(importState, expirationModel, validTo, description, false);
  }

  boolean isImported() {
    return importState == ImportState.IMPORTED;
  }
}
