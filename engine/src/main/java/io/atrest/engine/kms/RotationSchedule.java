package io.atrest.engine.kms;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.kms.api.DisableKeyRotationRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.engine.kms.api.KeyIdResult;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsResult;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.error.ConflictException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.LimitExceededException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.policy.eval.ContextValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Key rotation [KMS-ROT], [KMS-API]: EnableKeyRotation (90 to 2560 days, default 365),
 * DisableKeyRotation, GetKeyRotationStatus, RotateKeyOnDemand, ListKeyRotations, and the rotation
 * itself. Rotation adds a material version and makes it current; older versions stay and still
 * decrypt. Only symmetric encryption keys rotate; those with imported material (origin EXTERNAL)
 * rotate on demand only, onto material imported beforehand with ImportType NEW_KEY_MATERIAL
 * (PENDING_ROTATION) [KMS-API RotateKeyOnDemand, 2025], and never automatically.
 *
 * <p>On-demand rotations are limited to {@value #ON_DEMAND_LIMIT} per key: the API reference
 * (RotateKeyOnDemand, current) and a response recorded against AWS both say 10; one page of the
 * developer guide says 25. The engine follows the API reference and the recorded behaviour.
 */
final class RotationSchedule {

  static final int DEFAULT_PERIOD_DAYS = 365;
  static final int MIN_PERIOD_DAYS = 90;
  static final int MAX_PERIOD_DAYS = 2560;
  static final int ON_DEMAND_LIMIT = 10;
  static final Duration CONFLICT_WINDOW = Duration.ofMinutes(20);

  private final KmsCore core;
  private final RotationListing listing;

  RotationSchedule(KmsCore core) {
    this.core = core;
    this.listing = new RotationListing(core);
  }

  void enable(KmsCall call, EnableKeyRotationRequest r) {
    int days = r.rotationPeriodInDays().orElse(DEFAULT_PERIOD_DAYS);
    r.rotationPeriodInDays().ifPresent(d -> call.param("rotationPeriodInDays", d));
    requirePeriod(days);
    KeyRecord key =
        core.manage(
            call,
            r.keyId(),
            KmsOperation.EnableKeyRotation,
            "kms:RotationPeriodInDays",
            ContextValue.of(Integer.toString(days)));
    requireRotatable(key);
    Instant next =
        key.rotationEnabled() && key.nextRotationDate() != null
            ? key.nextRotationDate()
                .minus(Duration.ofDays(key.rotationPeriodDays()))
                .plus(Duration.ofDays(days))
            : call.time.plus(Duration.ofDays(days));
    core.store.putKey(key.toBuilder().rotation(true, days, next).build());
  }

  void disable(KmsCall call, DisableKeyRotationRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.DisableKeyRotation);
    requireRotatable(key);
    core.store.putKey(key.toBuilder().rotation(false, key.rotationPeriodDays(), null).build());
  }

  GetKeyRotationStatusResult status(KmsCall call, GetKeyRotationStatusRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.GetKeyRotationStatus);
    boolean on = key.rotationEnabled();
    // On-demand rotations complete at once in the engine, so none is ever in progress.
    return new GetKeyRotationStatusResult(
        key.arn(),
        on,
        on ? Optional.of(key.rotationPeriodDays()) : Optional.empty(),
        on ? Optional.ofNullable(key.nextRotationDate()) : Optional.empty(),
        Optional.empty());
  }

  KeyIdResult rotateOnDemand(KmsCall call, RotateKeyOnDemandRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.RotateKeyOnDemand);
    if (!key.isSymmetricEncryption()
        || (key.origin() != Origin.AWS_KMS && key.origin() != Origin.EXTERNAL)) {
      throw new UnsupportedOperationException("");
    }
    requireNoAutomaticRotationNear(key, call.time);
    MaterialVersion pending = key.origin() == Origin.EXTERNAL ? pendingRotation(key) : null;
    if (key.onDemandRotations() >= ON_DEMAND_LIMIT) {
      throw new LimitExceededException(
          "The on-demand rotations limit has been reached for the given keyId. No more on-demand"
              + " rotations can be performed for this key: "
              + key.arn());
    }
    KeyRecord rotated =
        pending == null
            ? rotate(key, call.time, RotationType.ON_DEMAND)
            : rotateTo(key, pending, call.time);
    core.store.putKey(rotated.toBuilder().onDemandRotations(key.onDemandRotations() + 1).build());
    call.response(KmsCall.object().put("keyId", key.arn()));
    return new KeyIdResult(key.arn());
  }

  ListKeyRotationsResult list(KmsCall call, ListKeyRotationsRequest r) {
    return listing.list(call, r);
  }

  /**
   * The imported material waiting for rotation; without one the rotation is refused [recorded]. The
   * reference names the state but not the order of the checks: the engine checks for pending
   * material before the on-demand limit, as the recorded refusal came first.
   */
  private static MaterialVersion pendingRotation(KeyRecord key) {
    return key.materials().stream()
        .filter(MaterialVersion::isPendingRotation)
        .findFirst()
        .orElseThrow(
            () ->
                new KmsInvalidStateException(
                    "No available key material pending rotation for the key: " + key.arn() + "."));
  }

  /**
   * The key whose current material is now the imported {@code pending} one, rotated in at {@code
   * when}: it moves to the end of the list (after the materials it replaces), and the key's ValidTo
   * and ExpirationModel become those of the new current material.
   */
  private static KeyRecord rotateTo(KeyRecord key, MaterialVersion pending, Instant when) {
    List<MaterialVersion> versions = new ArrayList<>(key.materials());
    versions.remove(pending);
    MaterialImport imported = pending.imported().rotatedIn();
    versions.add(new MaterialVersion(pending.materialId(), when, RotationType.ON_DEMAND, imported));
    return key.toBuilder()
        .materials(versions, pending.materialId())
        .imported(imported.validTo(), pending.materialId())
        .build();
  }

  /** The key with a new current material version created at {@code when}. */
  KeyRecord rotate(KeyRecord key, Instant when, RotationType type) {
    KeyMaterial material = KeyMaterial.generate(core.random);
    core.store.putMaterial(key.keyId(), material);
    List<MaterialVersion> versions = new ArrayList<>(key.materials());
    versions.add(new MaterialVersion(material.id(), when, type));
    return key.toBuilder().materials(versions, material.id()).build();
  }

  /** The automatic rotation due at {@code due}: rotate, schedule the next, record RotateKey. */
  void rotateAutomatically(KeyRecord key, Instant due) {
    KeyRecord rotated = rotate(key, due, RotationType.AUTOMATIC);
    Instant next = due.plus(Duration.ofDays(key.rotationPeriodDays()));
    core.store.putKey(rotated.toBuilder().rotation(true, key.rotationPeriodDays(), next).build());
    core.audit.serviceEvent("RotateKey", rotated, due, true);
  }

  /**
   * A disabled key is not rotated; when it is enabled again and its rotation is overdue, it rotates
   * at once [KMS-ROT].
   */
  void rotateOverdueOnEnable(KeyRecord key, Instant now) {
    if (key.rotationEnabled()
        && key.nextRotationDate() != null
        && !key.nextRotationDate().isAfter(now)) {
      rotateAutomatically(key, now);
    }
  }

  private static void requirePeriod(int days) {
    if (days < MIN_PERIOD_DAYS || days > MAX_PERIOD_DAYS) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + days
              + "' at 'rotationPeriodInDays' failed to"
              + " satisfy constraint: Member must have value "
              + (days < MIN_PERIOD_DAYS
                  ? "greater than or equal to 90"
                  : "less than or equal to 2560"));
    }
  }

  /**
   * RotateKeyOnDemand is refused while an automatic rotation is in progress or due within {@link
   * #CONFLICT_WINDOW} [KMS-API ConflictException]. Due rotations are carried out before every call,
   * so in the engine only the second case remains.
   */
  private static void requireNoAutomaticRotationNear(KeyRecord key, Instant now) {
    Instant next = key.nextRotationDate();
    if (key.rotationEnabled() && next != null && !next.isAfter(now.plus(CONFLICT_WINDOW))) {
      throw new ConflictException(
          "The request was rejected because an automatic rotation of this key is currently in"
              + " progress or scheduled to begin within the next 20 minutes.");
    }
  }

  /** Asymmetric and HMAC keys do not rotate: UnsupportedOperationException [recorded]. */
  private static void requireRotatable(KeyRecord key) {
    if (!key.isSymmetricEncryption() || key.origin() != Origin.AWS_KMS) {
      throw new UnsupportedOperationException("");
    }
  }
}
