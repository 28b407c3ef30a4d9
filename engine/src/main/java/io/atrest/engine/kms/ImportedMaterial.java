package io.atrest.engine.kms;

import io.atrest.engine.crypto.Hex;
import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.KeyMaterialResult;
import io.atrest.engine.kms.error.ExpiredImportTokenException;
import io.atrest.engine.kms.error.IncorrectKeyMaterialException;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.engine.kms.error.InvalidImportTokenException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys with imported material (origin EXTERNAL): GetParametersForImport (an RSA wrapping key and an
 * import token, valid 24 hours), ImportKeyMaterial (RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256
 * unwrapping through the JDK; optional expiry per material), DeleteImportedKeyMaterial of one
 * material, and expiry on the clock.
 *
 * <p>A symmetric encryption key may hold several imported materials [KMS-API ImportKeyMaterial,
 * 2025]: ImportType NEW_KEY_MATERIAL adds one that waits (PENDING_ROTATION) until RotateKeyOnDemand
 * makes it current; EXISTING_KEY_MATERIAL re-imports one the key already has, optionally checked
 * against a KeyMaterialId. The material id is derived from the key id and the material (an
 * HMAC-SHA-256 keyed by it, as KMS "assigns a unique identifier to the key material based on the
 * KMS key ID and the imported key material"), so re-importing the same material gives the same id
 * and old ciphertexts decrypt again. Import parameters live in memory only: a restarted engine asks
 * for new ones, as an expired set would.
 */
final class ImportedMaterial {

  private static final List<String> SUPPORTED_WRAPPING =
      List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
  private static final Map<String, Integer> WRAPPING_KEY_BITS =
      Map.of("RSA_2048", 2048, "RSA_3072", 3072, "RSA_4096", 4096);
  private static final Duration PARAMETERS_LIFETIME = Duration.ofHours(24);
  static final String NEW_KEY_MATERIAL = "NEW_KEY_MATERIAL";
  static final String EXISTING_KEY_MATERIAL = "EXISTING_KEY_MATERIAL";
  private static final Pattern DESCRIPTION = Pattern.compile("^[a-zA-Z0-9:/_\\s.-]+$");

  private record Parameters(String keyId, KeyPair wrappingKey, String algorithm, Instant validTo) {}

  private final KmsCore core;
  private final Map<String, Parameters> issued = new ConcurrentHashMap<>();

  ImportedMaterial(KmsCore core) {
    this.core = core;
  }

  GetParametersForImportResult parameters(KmsCall call, GetParametersForImportRequest r) {
    call.param("wrappingAlgorithm", r.wrappingAlgorithm())
        .param("wrappingKeySpec", r.wrappingKeySpec());
    Integer bits = WRAPPING_KEY_BITS.get(r.wrappingKeySpec());
    if (bits == null) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + r.wrappingKeySpec()
              + "' at 'wrappingKeySpec'"
              + " failed to satisfy constraint: Member must satisfy enum value set: [RSA_2048,"
              + " RSA_3072, RSA_4096, SM2]");
    }
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.GetParametersForImport);
    if (!SUPPORTED_WRAPPING.contains(r.wrappingAlgorithm())) {
      throw new UnsupportedOperationException(
          "wrapping algorithm `"
              + r.wrappingAlgorithm()
              + "` is not supported by the reference KMS;"
              + " use one of "
              + SUPPORTED_WRAPPING);
    }
    KeyPair pair = rsa(bits);
    byte[] token = new byte[32];
    core.random.nextBytes(token);
    Instant validTo = call.time.plus(PARAMETERS_LIFETIME);
    issued.put(Hex.of(token), new Parameters(key.keyId(), pair, r.wrappingAlgorithm(), validTo));
    return new GetParametersForImportResult(
        key.arn(), token, pair.getPublic().getEncoded(), validTo);
  }

  KeyMaterialResult importMaterial(KmsCall call, ImportKeyMaterialRequest r) {
    call.param("expirationModel", r.expirationModel());
    r.validTo().ifPresent(t -> call.param("validTo", t.toString()));
    r.importType().ifPresent(t -> call.param("importType", t));
    r.keyMaterialDescription().ifPresent(d -> call.param("keyMaterialDescription", d));
    r.keyMaterialId().ifPresent(id -> call.param("keyMaterialId", id));
    r.importType().ifPresent(ImportedMaterial::requireImportType);
    r.keyMaterialDescription().ifPresent(ImportedMaterial::requireDescription);
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.ImportKeyMaterial);
    Optional<Instant> expiry = expiry(r, call.time);
    boolean fresh = key.materials().isEmpty() && key.importedMaterialId() == null;
    String type = r.importType().orElse(fresh ? NEW_KEY_MATERIAL : EXISTING_KEY_MATERIAL);
    requireMaterialIdFits(key, type, r);
    Parameters parameters = parametersFor(key, r.importToken(), call.time);
    SecretBytes secret = unwrap(parameters, r.encryptedKeyMaterial());
    String materialId = materialId(key.keyId(), secret);
    String description = r.keyMaterialDescription().orElse(null);
    KeyRecord imported =
        type.equals(NEW_KEY_MATERIAL)
            ? importNew(key, materialId, expiry.orElse(null), description, call.time)
            : reimport(
                key, materialId, r.keyMaterialId(), expiry.orElse(null), description, call.time);
    core.store.putMaterial(key.keyId(), KeyMaterial.of(materialId, secret));
    core.store.putKey(imported);
    call.response(KmsCall.object().put("keyId", key.arn()).put("keyMaterialId", materialId));
    return new KeyMaterialResult(key.arn(), materialId);
  }

  /**
   * NEW_KEY_MATERIAL: the key's first material becomes current at once; any later one waits as
   * PENDING_ROTATION for RotateKeyOnDemand, and only one may wait at a time [recorded].
   */
  private static KeyRecord importNew(
      KeyRecord key, String materialId, Instant validTo, String description, Instant now) {
    if (key.materials().isEmpty()) {
      MaterialVersion first =
          new MaterialVersion(
              materialId, now, null, MaterialImport.imported(validTo, description, false));
      KeyState state = key.state() == KeyState.PENDING_IMPORT ? KeyState.ENABLED : key.state();
      return key.toBuilder()
          .state(state)
          .materials(List.of(first), materialId)
          .imported(validTo, materialId)
          .build();
    }
    requireSymmetric(key);
    for (MaterialVersion v : key.materials()) {
      if (v.isPendingRotation()) {
        throw new KmsInvalidStateException(
            "New key material (id: "
                + materialId
                + ") cannot be imported into KMS key "
                + key.keyId()
                + ", because another key material (id: "
                + v.materialId()
                + ") is pending rotation.");
      }
      if (v.materialId().equals(materialId)) {
        // Not documented: material the key already has is not new. Refused rather than imported
        // twice; EXISTING_KEY_MATERIAL is the way to re-import it.
        throw new IncorrectKeyMaterialException(
            "Key material (id: "
                + materialId
                + ") is already associated with KMS key "
                + key.keyId()
                + "; import it with ImportType EXISTING_KEY_MATERIAL");
      }
    }
    List<MaterialVersion> versions = new ArrayList<>(key.materials());
    versions.add(
        new MaterialVersion(
            materialId, now, null, MaterialImport.imported(validTo, description, true)));
    return key.toBuilder().materials(versions, key.currentMaterialId()).build();
  }

  /**
   * EXISTING_KEY_MATERIAL: the material must be one the key already has ("after you import key
   * material, you can reimport the same key material"); different material is refused with
   * IncorrectKeyMaterialException. The key leaves PendingImport only once every material
   * permanently associated with it is imported again: deleting any of them made it PendingImport.
   */
  private static KeyRecord reimport(
      KeyRecord key,
      String materialId,
      Optional<String> expectedId,
      Instant validTo,
      String description,
      Instant now) {
    if (expectedId.isPresent() && !expectedId.get().equals(materialId)) {
      throw new IncorrectKeyMaterialException("");
    }
    if (key.materials().isEmpty() && materialId.equals(key.importedMaterialId())) {
      // Stored before materials were kept after deletion: the key's one material, back again.
      return importNew(key, materialId, validTo, description, now);
    }
    List<MaterialVersion> versions = new ArrayList<>(key.materials());
    int index = indexOf(versions, materialId);
    if (index < 0) {
      throw new IncorrectKeyMaterialException("");
    }
    MaterialVersion old = versions.get(index);
    String kept = description != null ? description : descriptionOf(old);
    versions.set(
        index, old.withImport(MaterialImport.imported(validTo, kept, old.isPendingRotation())));
    boolean complete = versions.stream().allMatch(v -> v.isPendingRotation() || isImported(v));
    KeyState state =
        key.state() == KeyState.PENDING_IMPORT && complete ? KeyState.ENABLED : key.state();
    boolean current = materialId.equals(key.currentMaterialId());
    return key.toBuilder()
        .state(state)
        .materials(versions, key.currentMaterialId())
        .imported(current ? validTo : key.validTo(), key.importedMaterialId())
        .build();
  }

  KeyMaterialResult delete(KmsCall call, DeleteImportedKeyMaterialRequest r) {
    r.keyMaterialId().ifPresent(id -> call.param("keyMaterialId", id));
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.DeleteImportedKeyMaterial);
    if (key.materials().isEmpty()) {
      // A key that never had material: nothing to delete, and its state does not change.
      String none =
          r.keyMaterialId().orElse(Objects.requireNonNullElse(key.importedMaterialId(), ""));
      call.response(KmsCall.object().put("keyId", key.arn()).put("keyMaterialId", none));
      return new KeyMaterialResult(key.arn(), none);
    }
    String materialId = r.keyMaterialId().orElse(key.currentMaterialId());
    if (indexOf(key.materials(), materialId) < 0) {
      // Not documented: an id the key does not have names no resource of the key.
      throw new NotFoundException(
          "Key material (id: " + materialId + ") is not associated with KMS key " + key.arn());
    }
    core.store.putKey(withoutMaterial(key, materialId));
    call.response(KmsCall.object().put("keyId", key.arn()).put("keyMaterialId", materialId));
    return new KeyMaterialResult(key.arn(), materialId);
  }

  /** The material {@code materialId} expired at {@code due}: delete it, record the event. */
  void expire(KeyRecord key, String materialId, Instant due) {
    core.store.putKey(withoutMaterial(key, materialId));
    core.audit.serviceEvent("DeleteExpiredKeyMaterial", key, due, true);
  }

  /**
   * The key without the secret of {@code materialId}. Material pending rotation is "not permanently
   * associated with the KMS key" and simply goes; deleting or expiring any other material makes the
   * key PendingImport (unless it is pending deletion) while the material stays listed with
   * ImportState PENDING_IMPORT [KMS developer guide, Delete imported key material].
   */
  private KeyRecord withoutMaterial(KeyRecord key, String materialId) {
    core.store.deleteMaterial(key.keyId(), materialId);
    List<MaterialVersion> versions = new ArrayList<>(key.materials());
    int index = indexOf(versions, materialId);
    MaterialVersion v = versions.get(index);
    if (v.isPendingRotation()) {
      versions.remove(index);
      return key.toBuilder().materials(versions, key.currentMaterialId()).build();
    }
    versions.set(index, v.withImport(importOf(key, v).deleted()));
    KeyState state =
        key.state() == KeyState.PENDING_DELETION ? key.state() : KeyState.PENDING_IMPORT;
    return key.toBuilder().state(state).materials(versions, key.currentMaterialId()).build();
  }

  /**
   * The import facts of {@code v}; a key stored before they were kept per material has its one
   * material described by the key's own expiry.
   */
  static MaterialImport importOf(KeyRecord key, MaterialVersion v) {
    return v.imported() != null
        ? v.imported()
        : MaterialImport.imported(key.validTo(), null, false);
  }

  private static boolean isImported(MaterialVersion v) {
    return v.imported() == null || v.imported().isImported();
  }

  private static String descriptionOf(MaterialVersion v) {
    return v.imported() == null ? null : v.imported().description();
  }

  private static int indexOf(List<MaterialVersion> versions, String materialId) {
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).materialId().equals(materialId)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "You cannot specify a key material ID with ImportType set to NEW_KEY_MATERIAL" [KMS-API
   * ImportKeyMaterial]; the reference names no error, so the engine answers ValidationException.
   */
  private static void requireMaterialIdFits(
      KeyRecord key, String type, ImportKeyMaterialRequest r) {
    if (type.equals(NEW_KEY_MATERIAL) && r.keyMaterialId().isPresent()) {
      throw new ValidationException(
          "KeyMaterialId `"
              + r.keyMaterialId().get()
              + "` cannot be specified when ImportType is NEW_KEY_MATERIAL");
    }
    if ((r.importType().isPresent() || r.keyMaterialId().isPresent())
        && !key.isSymmetricEncryption()) {
      // ImportType and KeyMaterialId are "only usable with symmetric encryption keys".
      throw new ValidationException(
          "ImportType and KeyMaterialId are only usable with symmetric encryption keys; "
              + key.arn()
              + " key spec is "
              + key.keySpec());
    }
  }

  /** Asymmetric and HMAC keys "cannot change the key material after the initial import". */
  private static void requireSymmetric(KeyRecord key) {
    if (!key.isSymmetricEncryption()) {
      throw new UnsupportedOperationException(
          key.arn() + " key spec is " + key.keySpec() + ", whose key material cannot change");
    }
  }

  private static void requireImportType(String type) {
    if (!type.equals(NEW_KEY_MATERIAL) && !type.equals(EXISTING_KEY_MATERIAL)) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + type
              + "' at 'importType' failed to satisfy constraint: Member must satisfy enum value"
              + " set: [NEW_KEY_MATERIAL, EXISTING_KEY_MATERIAL]");
    }
  }

  /** KeyMaterialDescription: 0 to 256 characters of {@code ^[a-zA-Z0-9:/_\s.-]+$}. */
  private static void requireDescription(String d) {
    if (d.length() > 256) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + d
              + "' at 'keyMaterialDescription' failed to satisfy constraint: Member must have"
              + " length less than or equal to 256");
    }
    if (!DESCRIPTION.matcher(d).matches()) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + d
              + "' at 'keyMaterialDescription' failed to satisfy constraint: Member must satisfy"
              + " regular expression pattern: ^[a-zA-Z0-9:/_\\s.-]+$");
    }
  }

  private static Optional<Instant> expiry(ImportKeyMaterialRequest r, Instant now) {
    switch (r.expirationModel()) {
      case "KEY_MATERIAL_EXPIRES" -> {
        Instant validTo =
            r.validTo()
                .orElseThrow(
                    () ->
                        new ValidationException(
                            "ValidTo is required when ExpirationModel is KEY_MATERIAL_EXPIRES"));
        if (!validTo.isAfter(now)) {
          throw new ValidationException("ValidTo `" + validTo + "` must be in the future");
        }
        return Optional.of(validTo);
      }
      case "KEY_MATERIAL_DOES_NOT_EXPIRE" -> {
        if (r.validTo().isPresent()) {
          throw new ValidationException(
              "ValidTo must not be set when ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE");
        }
        return Optional.empty();
      }
      default ->
          throw new ValidationException(
              "1 validation error detected: Value '"
                  + r.expirationModel()
                  + "' at 'expirationModel'"
                  + " failed to satisfy constraint: Member must satisfy enum value set:"
                  + " [KEY_MATERIAL_EXPIRES, KEY_MATERIAL_DOES_NOT_EXPIRE]");
    }
  }

  private Parameters parametersFor(KeyRecord key, byte[] token, Instant now) {
    Parameters parameters = issued.get(Hex.of(token));
    if (parameters == null || !parameters.keyId().equals(key.keyId())) {
      throw new InvalidImportTokenException("");
    }
    if (now.isAfter(parameters.validTo())) {
      throw new ExpiredImportTokenException("");
    }
    return parameters;
  }

  private static SecretBytes unwrap(Parameters parameters, byte[] wrapped) {
    String digest = parameters.algorithm().equals("RSAES_OAEP_SHA_256") ? "SHA-256" : "SHA-1";
    MGF1ParameterSpec mgf =
        digest.equals("SHA-256") ? MGF1ParameterSpec.SHA256 : MGF1ParameterSpec.SHA1;
    byte[] material;
    try {
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(
          Cipher.DECRYPT_MODE,
          parameters.wrappingKey().getPrivate(),
          new OAEPParameterSpec(digest, "MGF1", mgf, PSource.PSpecified.DEFAULT));
      material = rsa.doFinal(wrapped);
    } catch (GeneralSecurityException e) {
      throw new InvalidCiphertextException("");
    }
    try {
      if (material.length != KeyMaterial.LENGTH) {
        throw new IncorrectKeyMaterialException("");
      }
      return SecretBytes.copyOf(material);
    } finally {
      Arrays.fill(material, (byte) 0);
    }
  }

  private static String materialId(String keyId, SecretBytes secret) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      byte[] raw = secret.toByteArray();
      mac.init(new SecretKeySpec(raw, "HmacSHA256"));
      Arrays.fill(raw, (byte) 0);
      return Hex.of(
          mac.doFinal(
              ("atrest imported key material id " + keyId)
                  .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HmacSHA256", e);
    }
  }

  private KeyPair rsa(int bits) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(bits, core.random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks RSA key generation", e);
    }
  }
}
