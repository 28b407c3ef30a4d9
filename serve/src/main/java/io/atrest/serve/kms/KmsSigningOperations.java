package io.atrest.serve.kms;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MacAlgorithm;
import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.SigningAlgorithm;
import io.atrest.engine.kms.api.GenerateMacRequest;
import io.atrest.engine.kms.api.GenerateMacResult;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.GetPublicKeyResult;
import io.atrest.engine.kms.api.SignRequest;
import io.atrest.engine.kms.api.SignResult;
import io.atrest.engine.kms.api.VerifyMacRequest;
import io.atrest.engine.kms.api.VerifyMacResult;
import io.atrest.engine.kms.api.VerifyRequest;
import io.atrest.engine.kms.api.VerifyResult;
import io.atrest.serve.wire.Enums;
import io.atrest.serve.wire.Input;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.Operation;
import java.util.Map;

/**
 * Sign, Verify, GetPublicKey, GenerateMac and VerifyMac: blobs in base64, algorithms validated
 * against the API's enums, and a missing {@code MessageType} taken as {@code RAW}, its API default.
 */
final class KmsSigningOperations {

  private final ReferenceKms kms;

  KmsSigningOperations(ReferenceKms kms) {
    this.kms = kms;
  }

  void register(Map<String, Operation> ops) {
    ops.put("Sign", this::sign);
    ops.put("Verify", this::verify);
    ops.put("GetPublicKey", this::publicKey);
    ops.put("GenerateMac", this::generateMac);
    ops.put("VerifyMac", this::verifyMac);
  }

  private ObjectNode sign(Caller caller, Input r) {
    SignRequest request =
        new SignRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredBlob("Message"),
            messageType(r),
            signingAlgorithm(r),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    SignResult result = kms.sign(request);
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    Json.putBlob(n, "Signature", result.signature());
    n.put("SigningAlgorithm", result.signingAlgorithm().name());
    return n;
  }

  private ObjectNode verify(Caller caller, Input r) {
    VerifyRequest request =
        new VerifyRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredBlob("Message"),
            messageType(r),
            r.requiredBlob("Signature"),
            signingAlgorithm(r),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    VerifyResult result = kms.verify(request);
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    n.put("SignatureValid", result.signatureValid());
    n.put("SigningAlgorithm", result.signingAlgorithm().name());
    return n;
  }

  private ObjectNode publicKey(Caller caller, Input r) {
    GetPublicKeyResult result =
        kms.getPublicKey(
            new GetPublicKeyRequest(caller, r.requiredString("KeyId"), r.strings("GrantTokens")));
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    Json.putBlob(n, "PublicKey", result.publicKey());
    n.put("CustomerMasterKeySpec", result.customerMasterKeySpec().name());
    n.put("KeySpec", result.keySpec().name());
    n.put("KeyUsage", result.keyUsage().name());
    KmsJson.strings(n, "EncryptionAlgorithms", result.encryptionAlgorithms());
    KmsJson.strings(
        n, "SigningAlgorithms", result.signingAlgorithms().stream().map(Enum::name).toList());
    KmsJson.strings(n, "KeyAgreementAlgorithms", result.keyAgreementAlgorithms());
    return n;
  }

  private ObjectNode generateMac(Caller caller, Input r) {
    GenerateMacRequest request =
        new GenerateMacRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredBlob("Message"),
            macAlgorithm(r),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    GenerateMacResult result = kms.generateMac(request);
    ObjectNode n = KmsJson.object();
    Json.putBlob(n, "Mac", result.mac());
    n.put("MacAlgorithm", result.macAlgorithm().name());
    n.put("KeyId", result.keyId());
    return n;
  }

  private ObjectNode verifyMac(Caller caller, Input r) {
    VerifyMacRequest request =
        new VerifyMacRequest(
            caller,
            r.requiredString("KeyId"),
            r.requiredBlob("Message"),
            macAlgorithm(r),
            r.requiredBlob("Mac"),
            r.strings("GrantTokens"),
            r.bool("DryRun").orElse(false));
    VerifyMacResult result = kms.verifyMac(request);
    ObjectNode n = KmsJson.object();
    n.put("KeyId", result.keyId());
    n.put("MacValid", result.macValid());
    n.put("MacAlgorithm", result.macAlgorithm().name());
    return n;
  }

  private static MessageType messageType(Input r) {
    return r.string("MessageType")
        .map(t -> Enums.parse(MessageType.class, t, "MessageType"))
        .orElse(MessageType.RAW);
  }

  private static SigningAlgorithm signingAlgorithm(Input r) {
    return Enums.parse(
        SigningAlgorithm.class, r.requiredString("SigningAlgorithm"), "SigningAlgorithm");
  }

  private static MacAlgorithm macAlgorithm(Input r) {
    return Enums.parse(MacAlgorithm.class, r.requiredString("MacAlgorithm"), "MacAlgorithm");
  }
}
