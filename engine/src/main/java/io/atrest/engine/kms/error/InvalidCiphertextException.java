package io.atrest.engine.kms.error;

/**
 * The ciphertext, or the encryption context bound into it as AAD, is corrupted, missing or wrong.
 */
public final class InvalidCiphertextException extends KmsException {

  public InvalidCiphertextException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidCiphertextException";
  }
}
