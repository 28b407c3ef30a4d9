package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.SecretBytes;
import java.util.Objects;

/**
 * The result of Decrypt.
 *
 * @param keyId the key ARN
 */
public record DecryptResult(
    String keyId, SecretBytes plaintext, String encryptionAlgorithm, String keyMaterialId) {

  public DecryptResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(encryptionAlgorithm, "encryptionAlgorithm");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }
}
