package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.SecretBytes;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of GenerateDataKey (plaintext present) or GenerateDataKeyWithoutPlaintext (absent).
 *
 * @param keyId the key ARN
 */
public record GenerateDataKeyResult(
    byte[] ciphertextBlob, Optional<SecretBytes> plaintext, String keyId, String keyMaterialId) {

  public GenerateDataKeyResult {
    ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }

  /** A copy of {@code ciphertextBlob}. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }
}
