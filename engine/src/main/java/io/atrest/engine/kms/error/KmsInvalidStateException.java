package io.atrest.engine.kms.error;

/** The key's state does not allow the operation; see the key-state table. */
public final class KmsInvalidStateException extends KmsException {

  public KmsInvalidStateException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "KMSInvalidStateException";
  }
}
