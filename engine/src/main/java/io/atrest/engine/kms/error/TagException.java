package io.atrest.engine.kms.error;

/** A tag key or value is not allowed. */
public final class TagException extends KmsException {

  public TagException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "TagException";
  }
}
