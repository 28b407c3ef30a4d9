package io.atrest.engine.kms.error;

/** The operation conflicts with one in progress. */
public final class ConflictException extends KmsException {

  public ConflictException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ConflictException";
  }
}
