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
 * @param importType NEW_KEY_MATERIAL or EXISTING_KEY_MATERIAL; when empty, NEW for a key that never
 *     had material and EXISTING after that
 * @param keyMaterialDescription the description to keep with the material
 * @param keyMaterialId for EXISTING_KEY_MATERIAL, the id the re-imported material must have
 */
public record ImportKeyMaterialRequest(
    Caller caller,
    String keyId,
    byte[] importToken,
    byte[] encryptedKeyMaterial,
    Optional<Instant> validTo,
    String expirationModel,
    Optional<String> importType,
    Optional<String> keyMaterialDescription,
    Optional<String> keyMaterialId) {

  public ImportKeyMaterialRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    importToken = Objects.requireNonNull(importToken, "importToken").clone();
    encryptedKeyMaterial =
        Objects.requireNonNull(encryptedKeyMaterial, "encryptedKeyMaterial").clone();
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(expirationModel, "expirationModel");
    Objects.requireNonNull(importType, "importType");
    Objects.requireNonNull(keyMaterialDescription, "keyMaterialDescription");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }

  /** A request without ImportType, KeyMaterialDescription or KeyMaterialId. */
  public ImportKeyMaterialRequest(
      Caller caller,
      String keyId,
      byte[] importToken,
      byte[] encryptedKeyMaterial,
      Optional<Instant> validTo,
      String expirationModel) {
    this(
        caller,
        keyId,
        importToken,
        encryptedKeyMaterial,
        validTo,
        expirationModel,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** This request with the given ImportType. */
  public ImportKeyMaterialRequest withImportType(String type) {
    return new ImportKeyMaterialRequest(
        caller,
        keyId,
        importToken,
        encryptedKeyMaterial,
        validTo,
        expirationModel,
        Optional.of(type),
        keyMaterialDescription,
        keyMaterialId);
  }

  /** This request with the given KeyMaterialId. */
  public ImportKeyMaterialRequest withKeyMaterialId(String id) {
    return new ImportKeyMaterialRequest(
        caller,
        keyId,
        importToken,
        encryptedKeyMaterial,
        validTo,
        expirationModel,
        importType,
        keyMaterialDescription,
        Optional.of(id));
  }

  /** This request with the given KeyMaterialDescription. */
  public ImportKeyMaterialRequest withKeyMaterialDescription(String description) {
    return new ImportKeyMaterialRequest(
        caller,
        keyId,
        importToken,
        encryptedKeyMaterial,
        validTo,
        expirationModel,
        importType,
        Optional.of(description),
        keyMaterialId);
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
