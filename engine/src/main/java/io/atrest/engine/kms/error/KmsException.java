package io.atrest.engine.kms.error;

/**
 * A refusal from the reference KMS, named exactly as AWS KMS names it on the wire ({@code __type}),
 * with AWS's message. All of them are HTTP 400 in AWS. Subclasses are the closed set of refusals
 * the engine produces.
 */
public abstract class KmsException extends RuntimeException {

  protected KmsException(String message) {
    super(message, null, false, false);
  }

  /** The AWS error code, such as {@code NotFoundException}. */
  public abstract String errorCode();

  /**
   * The code CloudTrail records in {@code errorCode}; the same as {@link #errorCode()} but for
   * denials.
   */
  public String trailErrorCode() {
    return errorCode();
  }

  @Override
  public String toString() {
    return errorCode() + ": " + getMessage();
  }
}
