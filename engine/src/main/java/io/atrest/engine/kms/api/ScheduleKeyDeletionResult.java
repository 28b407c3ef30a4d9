package io.atrest.engine.kms.api;

import io.atrest.engine.kms.KeyState;
import java.time.Instant;
import java.util.Objects;

/**
 * The result of ScheduleKeyDeletion.
 *
 * @param keyId the key ARN
 */
public record ScheduleKeyDeletionResult(
    String keyId, Instant deletionDate, KeyState keyState, int pendingWindowInDays) {

  public ScheduleKeyDeletionResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(deletionDate, "deletionDate");
    Objects.requireNonNull(keyState, "keyState");
  }
}
