package io.atrest.engine.table.sse;

import io.atrest.engine.table.error.ValidationException;
import java.util.Optional;

/**
 * The {@code SSESpecification} of CreateTable, UpdateTable and RestoreTableFromBackup ({@code
 * SSESpecificationOverride}), as the caller sent it: every field may be absent.
 */
public record SseSpecification(
    Optional<Boolean> enabled, Optional<String> sseType, Optional<String> kmsMasterKeyId) {

  public SseSpecification {
    java.util.Objects.requireNonNull(enabled, "enabled");
    java.util.Objects.requireNonNull(sseType, "sseType");
    java.util.Objects.requireNonNull(kmsMasterKeyId, "kmsMasterKeyId");
  }

  /** {@code --sse-specification Enabled=false}: the AWS owned key. */
  public static SseSpecification disabled() {
    return new SseSpecification(Optional.of(false), Optional.empty(), Optional.empty());
  }

  /** {@code Enabled=true} (optionally {@code SSEType=KMS}): the AWS managed key. */
  public static SseSpecification awsManaged() {
    return new SseSpecification(Optional.of(true), Optional.of("KMS"), Optional.empty());
  }

  /** {@code Enabled=true,SSEType=KMS,KMSMasterKeyId=keyId}: a customer managed key. */
  public static SseSpecification customerManaged(String keyId) {
    return new SseSpecification(Optional.of(true), Optional.of("KMS"), Optional.of(keyId));
  }

  /** Which kind of key this specification selects, validated as DynamoDB validates it. */
  public SseChoice choice() {
    if (kmsMasterKeyId.isPresent() && sseType.isEmpty()) {
      throw new ValidationException("SSEType KMS is required if KMSMasterKeyId is specified");
    }
    sseType.ifPresent(
        t -> {
          if (!t.equals("KMS")) {
            // DynamoDB accepts only KMS as SSEType (AES256 is a legacy response value).
            throw new ValidationException(
                "Invalid request provided: The only valid SSEType is KMS");
          }
        });
    if (!enabled.orElse(false)) {
      if (sseType.isPresent() || kmsMasterKeyId.isPresent()) {
        throw new ValidationException(
            "One or more parameter values were invalid: SSEType and KMSMasterKeyId can only be"
                + " specified when SSE is enabled");
      }
      return SseChoice.AWS_OWNED;
    }
    return kmsMasterKeyId.map(SseChoice::customerManaged).orElse(SseChoice.AWS_MANAGED);
  }
}
