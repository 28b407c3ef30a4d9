package io.atrest.engine.kms.error;

/** The import token (and its wrapping key) has expired. */
public final class ExpiredImportTokenException extends KmsException {

  public ExpiredImportTokenException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "ExpiredImportTokenException";
  }
}
