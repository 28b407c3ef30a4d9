package io.atrest.engine.kms.api;

import io.atrest.engine.kms.SigningAlgorithm;
import java.util.Objects;

/**
 * The result of Sign.
 *
 * @param keyId the key ARN
 * @param signature PKCS #1 bytes for RSA, DER-encoded {@code (r, s)} for ECDSA
 */
public record SignResult(String keyId, byte[] signature, SigningAlgorithm signingAlgorithm) {

  public SignResult {
    Objects.requireNonNull(keyId, "keyId");
    signature = Objects.requireNonNull(signature, "signature").clone();
    Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
  }

  /** A copy of {@code signature}. */
  @Override
  public byte[] signature() {
    return signature.clone();
  }
}
