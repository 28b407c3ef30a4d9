package io.atrest.engine.kms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A key's metadata as DescribeKey returns it ({@code KeyMetadata}). {@code MultiRegion} is always
 * false: the engine has no multi-Region keys.
 */
public record KeyMetadata(
    String awsAccountId,
    String keyId,
    String arn,
    Instant creationDate,
    boolean enabled,
    String description,
    KeyUsage keyUsage,
    KeyState keyState,
    Optional<Instant> deletionDate,
    Optional<Instant> validTo,
    Origin origin,
    KeyManager keyManager,
    KeySpec keySpec,
    List<String> encryptionAlgorithms,
    boolean multiRegion,
    Optional<String> currentKeyMaterialId,
    Optional<String> expirationModel) {

  public KeyMetadata {
    Objects.requireNonNull(awsAccountId, "awsAccountId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(arn, "arn");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(keyUsage, "keyUsage");
    Objects.requireNonNull(keyState, "keyState");
    Objects.requireNonNull(deletionDate, "deletionDate");
    Objects.requireNonNull(validTo, "validTo");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(keyManager, "keyManager");
    Objects.requireNonNull(keySpec, "keySpec");
    encryptionAlgorithms = List.copyOf(encryptionAlgorithms);
    Objects.requireNonNull(currentKeyMaterialId, "currentKeyMaterialId");
    Objects.requireNonNull(expirationModel, "expirationModel");
  }

  /**
   * The deprecated {@code CustomerMasterKeySpec}, which AWS still returns equal to the key spec.
   */
  public KeySpec customerMasterKeySpec() {
    return keySpec;
  }

  /** The metadata of a stored key. */
  public static KeyMetadata of(KeyRecord k) {
    Optional<String> expiration =
        k.origin() == Origin.EXTERNAL && k.importedMaterialId() != null
            ? Optional.of(
                k.validTo() == null ? "KEY_MATERIAL_DOES_NOT_EXPIRE" : "KEY_MATERIAL_EXPIRES")
            : Optional.empty();
    return new KeyMetadata(
        k.accountId(),
        k.keyId(),
        k.arn(),
        k.creationDate(),
        k.state() == KeyState.ENABLED,
        k.description(),
        k.keyUsage(),
        k.state(),
        Optional.ofNullable(k.deletionDate()),
        Optional.ofNullable(k.validTo()),
        k.origin(),
        k.keyManager(),
        k.keySpec(),
        k.keySpec().encryptionAlgorithms(k.keyUsage()),
        false,
        Optional.ofNullable(k.currentMaterialId()),
        expiration);
  }
}
