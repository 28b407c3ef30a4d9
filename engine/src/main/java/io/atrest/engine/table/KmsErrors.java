package io.atrest.engine.table;

import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.DynamoDbException;
import io.atrest.engine.table.error.ValidationException;
import java.util.UUID;

/**
 * Translates a KMS refusal into the DynamoDB error the real service returns. DynamoDB wraps the KMS
 * SDK exception text: {@code KMS validation error: ...} (ValidationException) on CreateTable /
 * UpdateTable, and {@code KMS key access denied error: ...} (AccessDeniedException) when KMS denies
 * access, as recorded from real AWS in public issues (aws-solutions/generative-ai-application-
 * builder-on-aws#29, aws/aws-cdk#18616, aws-samples/aws-secure-environment-accelerator#919).
 */
final class KmsErrors {
  private KmsErrors() {}

  /** The error for a KMS refusal while setting up or switching a table's key. */
  static DynamoDbException onKeySetup(KmsException e) {
    if (e instanceof io.atrest.engine.kms.error.AccessDeniedException) {
      return accessDenied(e);
    }
    return new ValidationException("KMS validation error: " + sdkText(e));
  }

  /** The error a data-plane or restore request gets when the table's key cannot be used. */
  static DynamoDbException onKeyUse(KmsException e) {
    return accessDenied(e);
  }

  private static AccessDeniedException accessDenied(KmsException e) {
    return new AccessDeniedException("KMS key access denied error: " + sdkText(e));
  }

  private static String sdkText(KmsException e) {
    String sdkClass =
        e instanceof io.atrest.engine.kms.error.AccessDeniedException
            ? "AWSKMSException"
            : e.errorCode();
    return "com.amazonaws.services.kms.model."
        + sdkClass
        + ": "
        + e.getMessage()
        + " (Service: AWSKMS; Status Code: 400; Error Code: "
        + e.errorCode()
        + "; Request ID: "
        + UUID.randomUUID()
        + "; Proxy: null)";
  }
}
