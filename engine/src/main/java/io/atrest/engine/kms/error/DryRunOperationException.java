package io.atrest.engine.kms.error;

/** The request would have succeeded, but DryRun was set. */
public final class DryRunOperationException extends KmsException {

  public DryRunOperationException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "DryRunOperationException";
  }
}
