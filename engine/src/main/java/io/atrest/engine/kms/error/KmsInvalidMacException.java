package io.atrest.engine.kms.error;

/**
 * VerifyMac: the MAC does not match the message under the key and the algorithm. AWS sends it
 * without a message (recorded, LocalStack test_kms snapshot).
 */
public final class KmsInvalidMacException extends KmsException {

  public KmsInvalidMacException() {
    super("");
  }

  @Override
  public String errorCode() {
    return "KMSInvalidMacException";
  }
}
