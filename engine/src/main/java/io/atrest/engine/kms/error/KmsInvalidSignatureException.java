package io.atrest.engine.kms.error;

/**
 * Verify: the signature does not verify with the key, the algorithm and the message. AWS sends it
 * without a message (recorded, LocalStack test_kms snapshot).
 */
public final class KmsInvalidSignatureException extends KmsException {

  public KmsInvalidSignatureException() {
    super("");
  }

  @Override
  public String errorCode() {
    return "KMSInvalidSignatureException";
  }
}
