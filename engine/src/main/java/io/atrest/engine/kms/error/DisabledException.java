package io.atrest.engine.kms.error;

/** The key is disabled (or, in some operations, pending deletion). */
public final class DisabledException extends KmsException {

  public DisabledException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "DisabledException";
  }
}
