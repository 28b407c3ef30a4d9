package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ScheduleKeyDeletion request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param pendingWindowInDays 7 to 30; 30 when empty
 */
public record ScheduleKeyDeletionRequest(
    Caller caller, String keyId, Optional<Integer> pendingWindowInDays) {

  public ScheduleKeyDeletionRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(pendingWindowInDays, "pendingWindowInDays");
  }

  public static ScheduleKeyDeletionRequest of(Caller caller, String keyId, int days) {
    return new ScheduleKeyDeletionRequest(caller, keyId, Optional.of(days));
  }
}
