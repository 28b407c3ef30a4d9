package io.atrest.engine.kms.error;

/** The key's usage or algorithm does not fit the operation. */
public final class InvalidKeyUsageException extends KmsException {

  public InvalidKeyUsageException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidKeyUsageException";
  }
}
