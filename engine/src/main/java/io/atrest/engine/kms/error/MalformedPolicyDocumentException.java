package io.atrest.engine.kms.error;

/**
 * The key policy is not valid JSON or grammar, names unknown principals, or would lock the caller
 * out.
 */
public final class MalformedPolicyDocumentException extends KmsException {

  public MalformedPolicyDocumentException(String message) {
    super(message);
  }

  @Override
  public String errorCode() {
    return "MalformedPolicyDocumentException";
  }
}
