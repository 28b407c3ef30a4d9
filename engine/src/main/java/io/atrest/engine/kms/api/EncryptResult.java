package io.atrest.engine.kms.api;

import java.util.Objects;

/**
 * The result of Encrypt.
 *
 * @param keyId the key ARN
 */
public record EncryptResult(
    byte[] ciphertextBlob, String keyId, String encryptionAlgorithm, String keyMaterialId) {

  public EncryptResult {
    ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(encryptionAlgorithm, "encryptionAlgorithm");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }

  /** A copy of {@code ciphertextBlob}. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }
}
