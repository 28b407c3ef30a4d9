package io.atrest.engine.kms.error;

/** The {@code Marker} of a List request is not one the same listing produced. */
public final class InvalidMarkerException extends KmsException {

  public InvalidMarkerException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "InvalidMarkerException";
  }
}
