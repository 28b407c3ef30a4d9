package io.atrest.engine.kms.error;

/**
 * The key, alias or grant named in the request does not exist (or not in this account and region).
 */
public final class NotFoundException extends KmsException {

  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "NotFoundException";
  }
}
