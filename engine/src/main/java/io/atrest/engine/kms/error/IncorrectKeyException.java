package io.atrest.engine.kms.error;

/** The key named in the request is not the key that produced the ciphertext. */
public final class IncorrectKeyException extends KmsException {

  public IncorrectKeyException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "IncorrectKeyException";
  }
}
