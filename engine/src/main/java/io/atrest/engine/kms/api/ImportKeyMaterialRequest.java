package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An ImportKeyMaterial request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param validTo required when the material expires
 * @param expirationModel KEY_MATERIAL_EXPIRES or KEY_MATERIAL_DOES_NOT_EXPIRE
 */
public record ImportKeyMaterialRequest(
    Caller caller,
    String keyId,
    byte[] importToken,
    byte[] encryptedKeyMaterial,
    Optional<Instant> validTo,
    String expirationModel) {

  public ImportKeyMaterialRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    importToken = Objects.requireNonNull(importToken, "importToken").clone();
    encryptedKeyMaterial =
        Objects.requireNonNull(encryptedKeyMaterial, "encryptedKeyMaterial").clone();
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(expirationModel, "expirationModel");
  }

  /** A copy of {@code importToken}. */
  @Override
  public byte[] importToken() {
    return importToken.clone();
  }

  /** A copy of {@code encryptedKeyMaterial}. */
  @Override
  public byte[] encryptedKeyMaterial() {
    return encryptedKeyMaterial.clone();
  }
}
