package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.CiphertextBlob;
import java.util.Objects;

/**
 * The result of Encrypt. The ciphertext is the engine's own, never shared, so the result holds it
 * without a copy; {@link #ciphertextBlob()} hands each caller a copy to keep.
 *
 * @param ciphertext the ciphertext blob
 * @param keyId the key ARN
 */
public record EncryptResult(
    CiphertextBlob ciphertext, String keyId, String encryptionAlgorithm, String keyMaterialId) {

  public EncryptResult {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(encryptionAlgorithm, "encryptionAlgorithm");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }

  /** A copy of the ciphertext blob's bytes. */
  public byte[] ciphertextBlob() {
    return ciphertext.toByteArray();
  }
}
