package io.atrest.engine.kms.error;

/** The grant id does not identify a grant of the key. */
public final class InvalidGrantIdException extends KmsException {

  public InvalidGrantIdException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidGrantIdException";
  }
}
