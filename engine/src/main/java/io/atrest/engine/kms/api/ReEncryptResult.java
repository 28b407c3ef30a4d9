package io.atrest.engine.kms.api;

import java.util.Objects;

/**
 * The result of ReEncrypt.
 *
 * @param sourceKeyId ARN
 * @param keyId destination key ARN
 */
public record ReEncryptResult(
    byte[] ciphertextBlob,
    String sourceKeyId,
    String keyId,
    String sourceEncryptionAlgorithm,
    String destinationEncryptionAlgorithm,
    String sourceKeyMaterialId,
    String destinationKeyMaterialId) {

  public ReEncryptResult {
    ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
    Objects.requireNonNull(sourceKeyId, "sourceKeyId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(sourceEncryptionAlgorithm, "sourceEncryptionAlgorithm");
    Objects.requireNonNull(destinationEncryptionAlgorithm, "destinationEncryptionAlgorithm");
    Objects.requireNonNull(sourceKeyMaterialId, "sourceKeyMaterialId");
    Objects.requireNonNull(destinationKeyMaterialId, "destinationKeyMaterialId");
  }

  /** A copy of {@code ciphertextBlob}. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }
}
