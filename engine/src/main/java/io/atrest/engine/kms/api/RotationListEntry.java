package io.atrest.engine.kms.api;

import io.atrest.engine.kms.ExpirationModel;
import io.atrest.engine.kms.ImportState;
import io.atrest.engine.kms.KeyMaterialState;
import io.atrest.engine.kms.RotationType;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One key material of ListKeyRotations (the API's RotationsListEntry). {@code rotationDate} and
 * {@code rotationType} are absent for the first key material; {@code importState}, {@code
 * expirationModel} and {@code validTo} are present only for keys with imported material (origin
 * EXTERNAL), {@code validTo} only when the material expires, {@code keyMaterialDescription} only
 * when one was given at import.
 *
 * @param keyId the key ARN
 */
public record RotationListEntry(
    String keyId,
    String keyMaterialId,
    KeyMaterialState keyMaterialState,
    Optional<Instant> rotationDate,
    Optional<RotationType> rotationType,
    Optional<ImportState> importState,
    Optional<ExpirationModel> expirationModel,
    Optional<Instant> validTo,
    Optional<String> keyMaterialDescription) {

  public RotationListEntry {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
    Objects.requireNonNull(keyMaterialState, "keyMaterialState");
    Objects.requireNonNull(rotationDate, "rotationDate");
    Objects.requireNonNull(rotationType, "rotationType");
    Objects.requireNonNull(importState, "importState");
    Objects.requireNonNull(expirationModel, "expirationModel");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(keyMaterialDescription, "keyMaterialDescription");
    if (rotationDate.isPresent() != rotationType.isPresent()) {
      throw new IllegalArgumentException(
          "key material `"
              + keyMaterialId
              + "`: a rotation has both a date and a type, the first material neither");
    }
    if (validTo.isPresent()
        && expirationModel.orElse(null) != ExpirationModel.KEY_MATERIAL_EXPIRES) {
      throw new IllegalArgumentException(
          "key material `" + keyMaterialId + "`: validTo is only for material that expires");
    }
  }

  /** A completed rotation of a key with KMS-generated material. */
  public static RotationListEntry rotation(
      String keyId, String keyMaterialId, KeyMaterialState state, Instant date, RotationType type) {
    return new RotationListEntry(
        keyId,
        keyMaterialId,
        state,
        Optional.of(date),
        Optional.of(type),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
