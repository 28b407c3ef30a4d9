package io.atrest.engine.kms.error;

/** A grant token in the request is not a valid token. */
public final class InvalidGrantTokenException extends KmsException {

  public InvalidGrantTokenException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidGrantTokenException";
  }
}
