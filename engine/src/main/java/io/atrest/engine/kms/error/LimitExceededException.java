package io.atrest.engine.kms.error;

/** A quota is reached, such as the on-demand rotations of a key. */
public final class LimitExceededException extends KmsException {

  public LimitExceededException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "LimitExceededException";
  }
}
