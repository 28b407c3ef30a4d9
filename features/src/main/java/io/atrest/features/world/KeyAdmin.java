package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.KeyMaterialState;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DeleteImportedKeyMaterialRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.GetParametersForImportRequest;
import io.atrest.engine.kms.api.GetParametersForImportResult;
import io.atrest.engine.kms.api.ImportKeyMaterialRequest;
import io.atrest.engine.kms.api.KeyMetadataResult;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * The key administration the steps perform with specific parameters: creating keys of each kind
 * with a policy, replacing a policy, aliases, rotation periods, deletion windows, and importing key
 * material (GetParametersForImport, wrapping fresh material with RSAES_OAEP_SHA_256 as a key
 * owner's tooling would, ImportKeyMaterial).
 */
public final class KeyAdmin {

  private final KmsWorld world;
  private final KmsCalls calls;

  public KeyAdmin(KmsWorld world, KmsCalls calls) {
    this.world = world;
    this.calls = calls;
  }

  /** Attempts CreateKey; on success the scenario knows the key as {@code name}. */
  public CallResult create(
      Caller caller,
      String name,
      KeySpec spec,
      Optional<KeyUsage> usage,
      Origin origin,
      Optional<String> policy) {
    return create(caller, name, spec, usage, origin, policy, false);
  }

  /**
   * Attempts CreateKey, with BypassPolicyLockoutSafetyCheck when {@code bypass}: AWS refuses a key
   * policy that would not let the creator call PutKeyPolicy later unless the check is bypassed.
   */
  public CallResult create(
      Caller caller,
      String name,
      KeySpec spec,
      Optional<KeyUsage> usage,
      Origin origin,
      Optional<String> policy,
      boolean bypass) {
    CreateKeyRequest base =
        CreateKeyRequest.symmetric(caller).withSpec(spec, usage.orElse(null)).withOrigin(origin);
    CreateKeyRequest request =
        new CreateKeyRequest(
            caller,
            base.policy(),
            base.description(),
            base.keySpec(),
            base.keyUsage(),
            base.origin(),
            base.tags(),
            bypass);
    CreateKeyRequest withPolicy = policy.map(request::withPolicy).orElse(request);
    CallResult result =
        calls.attempt(
            "CreateKey", caller, Optional.empty(), () -> world.kms().createKey(withPolicy));
    result
        .value()
        .map(KeyMetadataResult.class::cast)
        .ifPresent(
            m ->
                world.rememberKey(
                    name, m.keyMetadata().arn(), policy.orElseGet(() -> defaultPolicy(caller))));
    return result;
  }

  /** Attempts PutKeyPolicy; on success the scenario's view of the key's policy follows. */
  public CallResult putPolicy(Caller caller, String arn, String policy) {
    CallResult result =
        calls.attempt(
            "PutKeyPolicy",
            caller,
            Optional.of(arn),
            () -> world.kms().putKeyPolicy(PutKeyPolicyRequest.of(caller, arn, policy)));
    if (result.succeeded()) {
      world.rememberPolicy(arn, policy);
    }
    return result;
  }

  public CallResult createAlias(Caller caller, String alias, String arn) {
    return calls.attempt(
        "CreateAlias",
        caller,
        Optional.of(arn),
        () -> world.kms().createAlias(new CreateAliasRequest(caller, alias, arn)));
  }

  public CallResult scheduleDeletion(Caller caller, String arn, int days) {
    return calls.attempt(
        "ScheduleKeyDeletion",
        caller,
        Optional.of(arn),
        () -> world.kms().scheduleKeyDeletion(ScheduleKeyDeletionRequest.of(caller, arn, days)));
  }

  public CallResult enableRotation(Caller caller, String arn, int periodDays) {
    return calls.attempt(
        "EnableKeyRotation",
        caller,
        Optional.of(arn),
        () ->
            world
                .kms()
                .enableKeyRotation(
                    new EnableKeyRotationRequest(caller, arn, Optional.of(periodDays))));
  }

  /** Imports fresh 256-bit material into an EXTERNAL key: two calls, the last one recorded last. */
  public CallResult importMaterial(Caller caller, String arn) {
    return importMaterial(caller, arn, Optional.empty());
  }

  /** Imports fresh 256-bit material with this ImportType (empty: KMS's default). */
  public CallResult importMaterial(Caller caller, String arn, Optional<String> importType) {
    CallResult parameters =
        calls.require(
            "GetParametersForImport",
            caller,
            Optional.of(arn),
            () ->
                world
                    .kms()
                    .getParametersForImport(
                        new GetParametersForImportRequest(
                            caller, arn, "RSAES_OAEP_SHA_256", "RSA_2048")));
    GetParametersForImportResult p = parameters.value(GetParametersForImportResult.class);
    byte[] material = new byte[32];
    world.random().nextBytes(material);
    byte[] wrapped = wrap(p.publicKey(), material);
    return calls.attempt(
        "ImportKeyMaterial",
        caller,
        Optional.of(arn),
        () ->
            world
                .kms()
                .importKeyMaterial(
                    new ImportKeyMaterialRequest(
                        caller,
                        arn,
                        p.importToken(),
                        wrapped,
                        Optional.empty(),
                        "KEY_MATERIAL_DOES_NOT_EXPIRE",
                        importType,
                        Optional.empty(),
                        Optional.empty())));
  }

  /** Attempts ListKeyRotations with the IncludeKeyMaterial value as a step writes it. */
  public CallResult listKeyMaterials(Caller caller, String arn, String includeKeyMaterial) {
    return calls.attempt(
        "ListKeyRotations",
        caller,
        Optional.of(arn),
        () ->
            world
                .kms()
                .listKeyRotations(
                    ListKeyRotationsRequest.of(caller, arn)
                        .withIncludeKeyMaterial(includeKeyMaterial)));
  }

  public CallResult deleteMaterial(Caller caller, String arn) {
    return calls.attempt(
        "DeleteImportedKeyMaterial",
        caller,
        Optional.of(arn),
        () ->
            world
                .kms()
                .deleteImportedKeyMaterial(DeleteImportedKeyMaterialRequest.of(caller, arn)));
  }

  /**
   * Deletes the one key material ListKeyRotations (ALL_KEY_MATERIAL) reports in {@code state},
   * naming it by its KeyMaterialId.
   */
  public CallResult deleteMaterialIn(Caller caller, String arn, KeyMaterialState state) {
    String materialId =
        world
            .kms()
            .listKeyRotations(
                ListKeyRotationsRequest.of(caller, arn).withIncludeKeyMaterial("ALL_KEY_MATERIAL"))
            .rotations()
            .stream()
            .filter(e -> e.keyMaterialState() == state)
            .map(RotationListEntry::keyMaterialId)
            .reduce(
                (a, b) -> {
                  throw new IllegalStateException(
                      "key " + arn + " has more than one " + state + " key material");
                })
            .orElseThrow(
                () ->
                    new IllegalStateException("key " + arn + " has no " + state + " key material"));
    return calls.attempt(
        "DeleteImportedKeyMaterial",
        caller,
        Optional.of(arn),
        () ->
            world
                .kms()
                .deleteImportedKeyMaterial(
                    DeleteImportedKeyMaterialRequest.of(caller, arn, materialId)));
  }

  private static String defaultPolicy(Caller caller) {
    String account = caller.account().orElse(KmsWorld.HOME_ACCOUNT);
    return "{\"Version\":\"2012-10-17\",\"Id\":\"key-default-1\",\"Statement\":[{\"Sid\":\"Enable IAM User"
        + " Permissions\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::"
        + account
        + ":root\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
  }

  private static byte[] wrap(byte[] publicKeyDer, byte[] material) {
    try {
      PublicKey key =
          KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(publicKeyDer));
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(
          Cipher.ENCRYPT_MODE,
          key,
          new OAEPParameterSpec(
              "SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
      return rsa.doFinal(material);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot wrap key material with the KMS wrapping key", e);
    }
  }
}
