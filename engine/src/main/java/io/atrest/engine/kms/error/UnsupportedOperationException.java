package io.atrest.engine.kms.error;

/** The operation is not supported for this kind of key. */
public final class UnsupportedOperationException extends KmsException {

  public UnsupportedOperationException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "UnsupportedOperationException";
  }
}
