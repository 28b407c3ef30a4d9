package io.atrest.engine.kms;

import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsResult;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * ListKeyRotations [KMS-API]: the key materials of a key, in the order they were made. By default
 * ({@code ROTATIONS_ONLY}) only those that automatic or on-demand rotations made; with {@code
 * IncludeKeyMaterial=ALL_KEY_MATERIAL} "KMS adds the first key material and any imported key
 * material pending rotation", which "can only be used with KMS keys that support automatic or
 * on-demand key rotation" (symmetric encryption keys, with KMS-generated or imported material).
 *
 * <p>Every entry carries its KeyMaterialState ({@code CURRENT} or {@code NON_CURRENT}, "used for
 * all KMS keys that support automatic or on-demand key rotation"); RotationDate and RotationType
 * are "not present for the first key material"; ImportState, ExpirationModel and ValidTo are "only
 * present for symmetric encryption KMS keys with EXTERNAL origin" (RotationsListEntry).
 *
 * <p>A key with imported material lists nothing before its first import; after that, every material
 * it holds, each with its ImportState, ExpirationModel, ValidTo and KeyMaterialDescription, and the
 * one pending rotation as {@code PENDING_ROTATION} (with {@code ALL_KEY_MATERIAL} only, as it is no
 * rotation yet).
 */
final class RotationListing {

  private static final String INCLUDE_VALUES =
      Arrays.stream(IncludeKeyMaterial.values()).map(Enum::name).toList().toString();

  /**
   * One entry and the position it sorts at: its index among the key's materials, which are only
   * ever appended, so that a rotation in the same instant as the key's creation still sorts after
   * the first material.
   */
  private record Listed(String cursor, RotationListEntry entry) {

    static Listed at(int index, RotationListEntry entry) {
      return new Listed(String.format("%010d", index), entry);
    }
  }

  private final KmsCore core;

  RotationListing(KmsCore core) {
    this.core = core;
  }

  ListKeyRotationsResult list(KmsCall call, ListKeyRotationsRequest r) {
    call.param("keyId", r.keyId());
    r.includeKeyMaterial().ifPresent(v -> call.param("includeKeyMaterial", v));
    Pages.check(
        call,
        r.page(),
        r.includeKeyMaterial().flatMap(RotationListing::enumError).stream().toList());
    IncludeKeyMaterial include =
        r.includeKeyMaterial()
            .map(IncludeKeyMaterial::valueOf)
            .orElse(IncludeKeyMaterial.ROTATIONS_ONLY);
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.ListKeyRotations);
    if (r.includeKeyMaterial().isPresent()) {
      requireRotationSupport(key);
    }
    List<Listed> entries =
        key.origin() == Origin.EXTERNAL ? imported(key, include) : generated(key, include);
    Pages.Page<Listed> page =
        Pages.page(
            KmsOperation.ListKeyRotations,
            key.arn() + '\n' + include,
            r.page(),
            entries,
            Listed::cursor);
    return new ListKeyRotationsResult(
        page.items().stream().map(Listed::entry).toList(), page.nextMarker());
  }

  private static List<Listed> generated(KeyRecord key, IncludeKeyMaterial include) {
    List<Listed> entries = new ArrayList<>();
    for (int i = 0; i < key.materials().size(); i++) {
      MaterialVersion v = key.materials().get(i);
      if (!v.isRotation() && include == IncludeKeyMaterial.ROTATIONS_ONLY) {
        continue;
      }
      Optional<RotationType> type = Optional.ofNullable(v.rotationType());
      RotationListEntry entry =
          new RotationListEntry(
              key.arn(),
              v.materialId(),
              state(key, v),
              type.map(t -> v.createdAt()),
              type,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty());
      entries.add(Listed.at(i, entry));
    }
    return entries;
  }

  /**
   * The imported materials, in the order they joined the key: the first one, each one an on-demand
   * rotation made current, and (with ALL_KEY_MATERIAL) the one pending rotation. Deleted or expired
   * materials stay listed with ImportState PENDING_IMPORT and their last expiration model.
   */
  private static List<Listed> imported(KeyRecord key, IncludeKeyMaterial include) {
    List<Listed> entries = new ArrayList<>();
    for (int i = 0; i < key.materials().size(); i++) {
      MaterialVersion v = key.materials().get(i);
      if (!v.isRotation() && include == IncludeKeyMaterial.ROTATIONS_ONLY) {
        continue;
      }
      MaterialImport facts = ImportedMaterial.importOf(key, v);
      Optional<RotationType> type = Optional.ofNullable(v.rotationType());
      RotationListEntry entry =
          new RotationListEntry(
              key.arn(),
              v.materialId(),
              state(key, v),
              type.map(t -> v.createdAt()),
              type,
              Optional.of(facts.importState()),
              Optional.of(facts.expirationModel()),
              Optional.ofNullable(facts.validTo()),
              Optional.ofNullable(facts.description()));
      entries.add(Listed.at(i, entry));
    }
    return entries;
  }

  private static KeyMaterialState state(KeyRecord key, MaterialVersion v) {
    if (v.isPendingRotation()) {
      return KeyMaterialState.PENDING_ROTATION;
    }
    return v.materialId().equals(key.currentMaterialId())
        ? KeyMaterialState.CURRENT
        : KeyMaterialState.NON_CURRENT;
  }

  /**
   * IncludeKeyMaterial "can only be used with KMS keys that support automatic or on-demand key
   * rotation": symmetric encryption keys (the engine has no custom key stores). Others are refused
   * with UnsupportedOperationException, a documented error of the operation.
   */
  private static void requireRotationSupport(KeyRecord key) {
    if (!key.isSymmetricEncryption()) {
      throw new UnsupportedOperationException(
          key.arn()
              + " key spec is "
              + key.keySpec()
              + ", which does not support key rotation, so IncludeKeyMaterial cannot be used"
              + " with it");
    }
  }

  private static Optional<String> enumError(String value) {
    boolean known =
        Arrays.stream(IncludeKeyMaterial.values()).anyMatch(v -> v.name().equals(value));
    return known
        ? Optional.empty()
        : Optional.of(
            "Value '"
                + value
                + "' at 'includeKeyMaterial' failed to satisfy constraint: Member must satisfy"
                + " enum value set: "
                + INCLUDE_VALUES);
  }
}
