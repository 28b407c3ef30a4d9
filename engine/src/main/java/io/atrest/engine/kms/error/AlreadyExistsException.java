package io.atrest.engine.kms.error;

/** The resource (an alias) already exists. */
public final class AlreadyExistsException extends KmsException {

  public AlreadyExistsException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "AlreadyExistsException";
  }
}
