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
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.MGF1ParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys with imported material (origin EXTERNAL): GetParametersForImport (an RSA wrapping key and an
 * import token, valid 24 hours), ImportKeyMaterial (RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256
 * unwrapping through the JDK; optional expiry), DeleteImportedKeyMaterial, and expiry on the clock.
 *
 * <p>The material id of imported material is derived from the material (an HMAC-SHA-256 keyed by
 * it), so re-importing the same material gives the same id and old ciphertexts decrypt again, while
 * different material is refused with IncorrectKeyMaterialException. Import parameters live in
 * memory only: a restarted engine asks for new ones, as an expired set would.
 */
final class ImportedMaterial {

  private static final List<String> SUPPORTED_WRAPPING =
      List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
  private static final Map<String, Integer> WRAPPING_KEY_BITS =
      Map.of("RSA_2048", 2048, "RSA_3072", 3072, "RSA_4096", 4096);
  private static final Duration PARAMETERS_LIFETIME = Duration.ofHours(24);

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
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.ImportKeyMaterial);
    Optional<Instant> expiry = expiry(r, call.time);
    Parameters parameters = parametersFor(key, r.importToken(), call.time);
    SecretBytes secret = unwrap(parameters, r.encryptedKeyMaterial());
    String materialId = materialId(key.keyId(), secret);
    if (key.importedMaterialId() != null && !key.importedMaterialId().equals(materialId)) {
      throw new IncorrectKeyMaterialException("");
    }
    core.store.putMaterial(key.keyId(), KeyMaterial.of(materialId, secret));
    KeyState state = key.state() == KeyState.PENDING_IMPORT ? KeyState.ENABLED : key.state();
    MaterialVersion version = new MaterialVersion(materialId, call.time, null);
    core.store.putKey(
        key.toBuilder()
            .state(state)
            .materials(List.of(version), materialId)
            .imported(expiry.orElse(null), materialId)
            .build());
    return new KeyMaterialResult(key.arn(), materialId);
  }

  KeyMaterialResult delete(KmsCall call, DeleteImportedKeyMaterialRequest r) {
    KeyRecord key = core.manage(call, r.keyId(), KmsOperation.DeleteImportedKeyMaterial);
    String materialId = Optional.ofNullable(key.importedMaterialId()).orElse("");
    core.store.putKey(withoutMaterial(key));
    return new KeyMaterialResult(key.arn(), materialId);
  }

  /** The material expired at {@code due}: delete it, and record DeleteExpiredKeyMaterial. */
  void expire(KeyRecord key, Instant due) {
    core.store.putKey(withoutMaterial(key));
    core.audit.serviceEvent("DeleteExpiredKeyMaterial", key, due, true);
  }

  /** The key without its material: PendingImport, unless it is pending deletion. */
  private KeyRecord withoutMaterial(KeyRecord key) {
    key.materials().forEach(m -> core.store.deleteMaterial(key.keyId(), m.materialId()));
    KeyState state =
        key.state() == KeyState.PENDING_DELETION ? key.state() : KeyState.PENDING_IMPORT;
    return key.toBuilder()
        .state(state)
        .materials(List.of(), null)
        .imported(null, key.importedMaterialId())
        .build();
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
