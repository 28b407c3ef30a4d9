package io.atrest.engine.kms.api;

import io.atrest.engine.kms.SigningAlgorithm;
import java.util.Objects;

/**
 * The result of a Verify that succeeded: {@code SignatureValid} is always true, since an invalid
 * signature fails the call with KMSInvalidSignatureException, as in AWS.
 *
 * @param keyId the key ARN
 */
public record VerifyResult(
    String keyId, boolean signatureValid, SigningAlgorithm signingAlgorithm) {

  public VerifyResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
  }
}
