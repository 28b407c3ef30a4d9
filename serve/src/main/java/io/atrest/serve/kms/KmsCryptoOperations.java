package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.DataKeySpec;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.*;
import io.atrest.serve.wire.Enums;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import io.atrest.serve.wire.WireError;
import java.util.Map;

/** The cryptographic operations, rotation and imported key material. */
final class KmsCryptoOperations {

  private static final String SYMMETRIC_DEFAULT = "SYMMETRIC_DEFAULT";

  private final ReferenceKms kms;

  KmsCryptoOperations(ReferenceKms kms) {
    this.kms = kms;
  }

  void register(Map<String, Operation> ops) {
    ops.put("Encrypt", this::encrypt);
    ops.put("Decrypt", this::decrypt);
    ops.put("ReEncrypt", this::reEncrypt);
    ops.put("GenerateDataKey", (c, r) -> dataKey(kms.generateDataKey(dataKeyRequest(c, r))));
    ops.put(
        "GenerateDataKeyWithoutPlaintext",
        (c, r) -> dataKey(kms.generateDataKeyWithoutPlaintext(dataKeyRequest(c, r))));
    ops.put("GenerateRandom", this::generateRandom);
    ops.put(
        "EnableKeyRotation",
        (c, r) ->
            KmsKeyOperations.empty(
                kms.enableKeyRotation(
                    new EnableKeyRotationRequest(
                        c, r.requiredString("KeyId"), r.integer("RotationPeriodInDays")))));
    ops.put(
        "DisableKeyRotation",
        (c, r) ->
            KmsKeyOperations.empty(
                kms.disableKeyRotation(
                    DisableKeyRotationRequest.of(c, r.requiredString("KeyId")))));
    ops.put("GetKeyRotationStatus", this::rotationStatus);
    ops.put(
        "RotateKeyOnDemand",
        (c, r) ->
            KmsKeyOperations.keyId(
                kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(c, r.requiredString("KeyId")))));
    ops.put("ListKeyRotations", this::listKeyRotations);
    ops.put("GetParametersForImport", this::parametersForImport);
    ops.put("ImportKeyMaterial", this::importKeyMaterial);
    ops.put(
        "DeleteImportedKeyMaterial",
        (c, r) ->
            material(
                kms.deleteImportedKeyMaterial(
                    new DeleteImportedKeyMaterialRequest(
                        c, r.requiredString("KeyId"), r.string("KeyMaterialId")))));
  }

  private ObjectNode encrypt(Caller caller, Input r) {
    requireSymmetric(r, "EncryptionAlgorithm");
    EncryptRequest request =
        new EncryptRequest(
            caller,
            r.requiredString("KeyId"),
            SecretBytes.copyOf(r.requiredBlob("Plaintext")),
            context(r, "EncryptionContext"),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    EncryptResult result = kms.encrypt(request);
    ObjectNode n = KmsJson.object();
    Json.putBlob(n, "CiphertextBlob", result.ciphertextBlob());
    n.put("KeyId", result.keyId());
    n.put("EncryptionAlgorithm", result.encryptionAlgorithm());
    return n;
  }

  private ObjectNode decrypt(Caller caller, Input r) {
    requireSymmetric(r, "EncryptionAlgorithm");
    DecryptRequest request =
        new DecryptRequest(
            caller,
            r.requiredBlob("CiphertextBlob"),
            context(r, "EncryptionContext"),
            r.string("KeyId"),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    DecryptResult result = kms.decrypt(request);
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    Json.putBlob(n, "Plaintext", result.plaintext().toByteArray());
    n.put("EncryptionAlgorithm", result.encryptionAlgorithm());
    n.put("KeyMaterialId", result.keyMaterialId());
    return n;
  }

  private ObjectNode reEncrypt(Caller caller, Input r) {
    requireSymmetric(r, "SourceEncryptionAlgorithm");
    requireSymmetric(r, "DestinationEncryptionAlgorithm");
    ReEncryptRequest request =
        new ReEncryptRequest(
            caller,
            r.requiredBlob("CiphertextBlob"),
            context(r, "SourceEncryptionContext"),
            r.string("SourceKeyId"),
            r.requiredString("DestinationKeyId"),
            context(r, "DestinationEncryptionContext"),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    ReEncryptResult result = kms.reEncrypt(request);
    ObjectNode n = KmsJson.object();
    Json.putBlob(n, "CiphertextBlob", result.ciphertextBlob());
    n.put("SourceKeyId", result.sourceKeyId());
    n.put("KeyId", result.keyId());
    n.put("SourceEncryptionAlgorithm", result.sourceEncryptionAlgorithm());
    n.put("DestinationEncryptionAlgorithm", result.destinationEncryptionAlgorithm());
    n.put("SourceKeyMaterialId", result.sourceKeyMaterialId());
    n.put("DestinationKeyMaterialId", result.destinationKeyMaterialId());
    return n;
  }

  private static GenerateDataKeyRequest dataKeyRequest(Caller caller, Input r) {
    return new GenerateDataKeyRequest(
        caller,
        r.requiredString("KeyId"),
        context(r, "EncryptionContext"),
        r.string("KeySpec").map(s -> Enums.parse(DataKeySpec.class, s, "KeySpec")),
        r.integer("NumberOfBytes"),
        r.strings("GrantTokens"),
        r.bool("DryRun").orElse(false));
  }

  private static ObjectNode dataKey(GenerateDataKeyResult result) {
    ObjectNode n = KmsJson.object();
    Json.putBlob(n, "CiphertextBlob", result.ciphertextBlob());
    result.plaintext().ifPresent(p -> Json.putBlob(n, "Plaintext", p.toByteArray()));
    n.put("KeyId", result.keyId());
    n.put("KeyMaterialId", result.keyMaterialId());
    return n;
  }

  private ObjectNode generateRandom(Caller caller, Input r) {
    int bytes = r.integer("NumberOfBytes").orElseThrow(() -> WireError.missing("numberOfBytes"));
    GenerateRandomResult result = kms.generateRandom(new GenerateRandomRequest(caller, bytes));
    ObjectNode n = KmsJson.object();
    Json.putBlob(n, "Plaintext", result.plaintext().toByteArray());
    return n;
  }

  private ObjectNode rotationStatus(Caller caller, Input r) {
    GetKeyRotationStatusResult s =
        kms.getKeyRotationStatus(GetKeyRotationStatusRequest.of(caller, r.requiredString("KeyId")));
    ObjectNode n = KmsJson.object();
    n.put("KeyRotationEnabled", s.keyRotationEnabled());
    n.put("KeyId", s.keyId());
    s.rotationPeriodInDays().ifPresent(d -> n.put("RotationPeriodInDays", d));
    s.nextRotationDate().ifPresent(d -> Json.putTime(n, "NextRotationDate", d));
    s.onDemandRotationStartDate().ifPresent(d -> Json.putTime(n, "OnDemandRotationStartDate", d));
    return n;
  }

  private ObjectNode listKeyRotations(Caller caller, Input r) {
    ObjectNode n = KmsJson.object();
    ArrayNode list = n.putArray("Rotations");
    ListKeyRotationsResult result =
        kms.listKeyRotations(
            new ListKeyRotationsRequest(
                caller,
                r.requiredString("KeyId"),
                r.string("IncludeKeyMaterial"),
                KmsJson.page(r)));
    result.rotations().forEach(e -> list.add(KmsJson.rotation(e)));
    return KmsJson.paged(n, result.nextMarker());
  }

  private ObjectNode parametersForImport(Caller caller, Input r) {
    GetParametersForImportResult p =
        kms.getParametersForImport(
            new GetParametersForImportRequest(
                caller,
                r.requiredString("KeyId"),
                r.requiredString("WrappingAlgorithm"),
                r.requiredString("WrappingKeySpec")));
    ObjectNode n = KmsJson.object();
    n.put("KeyId", p.keyId());
    Json.putBlob(n, "ImportToken", p.importToken());
    Json.putBlob(n, "PublicKey", p.publicKey());
    Json.putTime(n, "ParametersValidTo", p.parametersValidTo());
    return n;
  }

  private ObjectNode importKeyMaterial(Caller caller, Input r) {
    ImportKeyMaterialRequest request =
        new ImportKeyMaterialRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredBlob("ImportToken"),
            r.requiredBlob("EncryptedKeyMaterial"),
            r.time("ValidTo"),
            r.string("ExpirationModel").orElse("KEY_MATERIAL_EXPIRES"),
            r.string("ImportType"),
            r.string("KeyMaterialDescription"),
            r.string("KeyMaterialId"));
    return material(kms.importKeyMaterial(request));
  }

  private static ObjectNode material(KeyMaterialResult result) {
    return KmsJson.object()
        .put("KeyId", result.keyId())
        .put("KeyMaterialId", result.keyMaterialId());
  }

  private static EncryptionContext context(Input r, String field) {
    return EncryptionContext.of(r.stringMap(field));
  }

  // The engine encrypts with symmetric keys only; the member is still validated against the
  // API's enum so a typo is refused as AWS refuses it.
  private static void requireSymmetric(Input r, String field) {
    r.string(field)
        .ifPresent(
            a -> {
              if (!a.equals(SYMMETRIC_DEFAULT)
                  && !a.startsWith("RSAES_OAEP_SHA_")
                  && !a.equals("SM2PKE")) {
                throw WireError.validation(
                    "Value '"
                        + a
                        + "' at '"
                        + Input.member(field)
                        + "' failed to satisfy constraint: Member must"
                        + " satisfy enum value set: [SYMMETRIC_DEFAULT, RSAES_OAEP_SHA_1, RSAES_OAEP_SHA_256, SM2PKE]");
              }
            });
  }
}
