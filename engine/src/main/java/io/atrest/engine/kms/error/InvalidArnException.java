package io.atrest.engine.kms.error;

/** A principal or resource ARN in the request is not valid. */
public final class InvalidArnException extends KmsException {

  public InvalidArnException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidArnException";
  }
}
