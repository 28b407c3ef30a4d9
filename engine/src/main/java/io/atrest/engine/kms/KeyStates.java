package io.atrest.engine.kms;

import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.KeyIdResult;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionResult;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.policy.eval.ContextValue;
import java.time.Duration;
import java.time.Instant;

/**
 * Key state changes a caller asks for: EnableKey, DisableKey, ScheduleKeyDeletion,
 * CancelKeyDeletion [KMS-API], [KMS-STATE]; and the deletion itself when the waiting period ends.
 */
final class KeyStates {

  static final int DEFAULT_WINDOW_DAYS = 30;

  private final KmsCore core;
  private final RotationSchedule rotation;

  KeyStates(KmsCore core, RotationSchedule rotation) {
    this.core = core;
    this.rotation = rotation;
  }

  void enable(KmsCall call, EnableKeyRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.EnableKey);
    KeyRecord enabled = key.toBuilder().state(KeyState.ENABLED).build();
    core.store.putKey(enabled);
    rotation.rotateOverdueOnEnable(enabled, call.time);
  }

  void disable(KmsCall call, DisableKeyRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.DisableKey);
    core.store.putKey(key.toBuilder().state(KeyState.DISABLED).build());
  }

  /**
   * Schedules deletion. The waiting period must be 7 to 30 days; AWS's message for others is {@code
   * PendingWindowInDays must be between 7 and 30} [issue Skyscanner/kms-issuer#8].
   */
  ScheduleKeyDeletionResult schedule(KmsCall call, ScheduleKeyDeletionRequest r) {
    int days = r.pendingWindowInDays().orElse(DEFAULT_WINDOW_DAYS);
    r.pendingWindowInDays().ifPresent(d -> call.param("pendingWindowInDays", d));
    if (days < 7 || days > 30) {
      call.param("keyId", r.keyId());
      throw new ValidationException("PendingWindowInDays must be between 7 and 30");
    }
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.ScheduleKeyDeletion,
            "kms:ScheduleKeyDeletionPendingWindowInDays",
            ContextValue.of(Integer.toString(days)));
    Instant deletion = call.time.plus(Duration.ofDays(days));
    core.store.putKey(
        key.toBuilder().state(KeyState.PENDING_DELETION).deletionDate(deletion).build());
    call.response(
        KmsCall.object()
            .put("keyId", key.arn())
            .put("deletionDate", deletion.toString())
            .put("keyState", KeyState.PENDING_DELETION.awsName())
            .put("pendingWindowInDays", days));
    return new ScheduleKeyDeletionResult(key.arn(), deletion, KeyState.PENDING_DELETION, days);
  }

  /** Cancels deletion; the key is left Disabled, as AWS leaves it [KMS-API] CancelKeyDeletion. */
  KeyIdResult cancel(KmsCall call, CancelKeyDeletionRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.CancelKeyDeletion);
    core.store.putKey(key.toBuilder().state(KeyState.DISABLED).deletionDate(null).build());
    call.response(KmsCall.object().put("keyId", key.arn()));
    return new KeyIdResult(key.arn());
  }

  /**
   * Deletes a key whose waiting period ended at {@code due}: its material (so its ciphertexts can
   * never be decrypted again), its aliases and its grants, and records the {@code DeleteKey}
   * service event at {@code due}.
   */
  void deleteAtEndOfWindow(KeyRecord key, Instant due) {
    core.store.aliases().stream()
        .filter(a -> a.targetKeyId().equals(key.keyId()))
        .forEach(a -> core.store.deleteAlias(a.arn()));
    core.access.grants(key).forEach(g -> core.store.deleteGrant(g.grantId()));
    key.materials().forEach(m -> core.store.deleteMaterial(key.keyId(), m.materialId()));
    core.store.deleteKey(key.keyId());
    core.audit.serviceEvent("DeleteKey", key, due, false);
  }
}
