package io.atrest.engine.kms.error;

/** A request parameter fails its constraints. */
public final class ValidationException extends KmsException {

  public ValidationException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ValidationException";
  }
}
