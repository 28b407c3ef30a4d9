package io.atrest.engine.table.sse;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code SSEDescription} of a table description: present only while a KMS key in the customer's
 * account protects the table, or while a key switch is in progress (absent for the AWS owned key).
 * The key is always a full key ARN, never the id the caller gave.
 */
public record SseDescription(
    SseStatus status,
    Optional<String> sseType,
    Optional<String> kmsMasterKeyArn,
    Optional<Instant> inaccessibleEncryptionDateTime) {

  public SseDescription {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(sseType, "sseType");
    Objects.requireNonNull(kmsMasterKeyArn, "kmsMasterKeyArn");
    Objects.requireNonNull(inaccessibleEncryptionDateTime, "inaccessibleEncryptionDateTime");
  }

  /** {@code {Status: ENABLED, SSEType: KMS, KMSMasterKeyArn: arn}}. */
  public static SseDescription enabled(String keyArn) {
    return new SseDescription(
        SseStatus.ENABLED, Optional.of("KMS"), Optional.of(keyArn), Optional.empty());
  }
}
