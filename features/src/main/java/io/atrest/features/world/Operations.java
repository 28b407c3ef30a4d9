package io.atrest.features.world;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.CreateGrantRequest;
import io.atrest.engine.kms.api.DecryptRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRotationRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.EncryptRequest;
import io.atrest.engine.kms.api.EncryptResult;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyResult;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetPublicKeyRequest;
import io.atrest.engine.kms.api.ListGrantsRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.ReEncryptRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.grant.GrantOperation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Any KMS operation on a key, called with the API's defaults for what a step does not say: the
 * generic "When user "x" calls Decrypt on key "k"" step. Ciphertexts made by Encrypt and
 * GenerateDataKey are kept so that a later Decrypt or ReEncrypt of the same key has one.
 */
public final class Operations {

  /** The plaintext every Encrypt of the step library encrypts. */
  static final byte[] CANARY = "atrest canary plaintext".getBytes(StandardCharsets.UTF_8);

  private final KmsWorld world;
  private final KmsCalls calls;

  public Operations(KmsWorld world, KmsCalls calls) {
    this.world = world;
    this.calls = calls;
  }

  /** The operations {@link #call} knows, for the error message of an unknown one. */
  public static final Set<String> SUPPORTED =
      new TreeSet<>(
          Set.of(
              "Encrypt",
              "Decrypt",
              "ReEncrypt",
              "GenerateDataKey",
              "GenerateDataKeyWithoutPlaintext",
              "DescribeKey",
              "GetKeyPolicy",
              "ListGrants",
              "GetKeyRotationStatus",
              "ListKeyRotations",
              "EnableKey",
              "DisableKey",
              "ScheduleKeyDeletion",
              "CancelKeyDeletion",
              "EnableKeyRotation",
              "DisableKeyRotation",
              "RotateKeyOnDemand",
              "CreateGrant",
              "GetPublicKey"));

  /**
   * Calls {@code operation} on {@code keyArn} as {@code caller} with {@code context} and grant
   * tokens, recording the outcome.
   *
   * @throws IllegalArgumentException naming the operation when the step library cannot call it
   */
  public CallResult call(
      String operation,
      Caller caller,
      String keyArn,
      EncryptionContext context,
      List<String> tokens) {
    return calls.attempt(
        operation,
        caller,
        Optional.of(keyArn),
        request(operation, caller, keyArn, context, tokens));
  }

  private Supplier<?> request(
      String operation, Caller caller, String arn, EncryptionContext ec, List<String> tokens) {
    ReferenceKms kms = world.kms();
    return switch (operation) {
      case "Encrypt" -> () -> encrypt(caller, arn, ec, tokens);
      case "Decrypt" -> {
        byte[] blob = world.ciphertextUnder(arn);
        yield () -> kms.decrypt(DecryptRequest.of(caller, blob, ec).withGrantTokens(tokens));
      }
      case "ReEncrypt" -> {
        byte[] blob = world.ciphertextUnder(arn);
        yield () -> kms.reEncrypt(ReEncryptRequest.of(caller, blob, ec, arn, ec));
      }
      case "GenerateDataKey" ->
          () -> dataKey(kms.generateDataKey(dataKeyRequest(caller, arn, ec, tokens)), arn);
      case "GenerateDataKeyWithoutPlaintext" ->
          () ->
              dataKey(
                  kms.generateDataKeyWithoutPlaintext(dataKeyRequest(caller, arn, ec, tokens)),
                  arn);
      case "DescribeKey" -> () -> kms.describeKey(new DescribeKeyRequest(caller, arn, tokens));
      case "GetPublicKey" -> () -> kms.getPublicKey(new GetPublicKeyRequest(caller, arn, tokens));
      case "GetKeyPolicy" -> () -> kms.getKeyPolicy(GetKeyPolicyRequest.of(caller, arn));
      case "ListGrants" -> () -> kms.listGrants(ListGrantsRequest.of(caller, arn));
      case "GetKeyRotationStatus" ->
          () -> kms.getKeyRotationStatus(GetKeyRotationStatusRequest.of(caller, arn));
      case "ListKeyRotations" ->
          () -> kms.listKeyRotations(ListKeyRotationsRequest.of(caller, arn));
      case "EnableKey" -> () -> kms.enableKey(EnableKeyRequest.of(caller, arn));
      case "DisableKey" -> () -> kms.disableKey(DisableKeyRequest.of(caller, arn));
      case "ScheduleKeyDeletion" ->
          () ->
              kms.scheduleKeyDeletion(
                  new ScheduleKeyDeletionRequest(caller, arn, Optional.empty()));
      case "CancelKeyDeletion" ->
          () -> kms.cancelKeyDeletion(CancelKeyDeletionRequest.of(caller, arn));
      case "EnableKeyRotation" ->
          () -> kms.enableKeyRotation(EnableKeyRotationRequest.of(caller, arn));
      case "DisableKeyRotation" ->
          () -> kms.disableKeyRotation(DisableKeyRotationRequest.of(caller, arn));
      case "RotateKeyOnDemand" ->
          () -> kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(caller, arn));
      case "CreateGrant" ->
          () ->
              kms.createGrant(
                  CreateGrantRequest.of(
                      caller, arn, caller.principal().arn(), List.of(GrantOperation.Decrypt)));
      default ->
          throw new IllegalArgumentException(
              "the step library cannot call `"
                  + operation
                  + "` generically; it knows "
                  + SUPPORTED);
    };
  }

  private EncryptResult encrypt(
      Caller caller, String arn, EncryptionContext ec, List<String> tokens) {
    EncryptResult result =
        world
            .kms()
            .encrypt(
                EncryptRequest.of(caller, arn, SecretBytes.copyOf(CANARY), ec)
                    .withGrantTokens(tokens));
    world.rememberCiphertext(arn, result.ciphertextBlob());
    return result;
  }

  private static GenerateDataKeyRequest dataKeyRequest(
      Caller caller, String arn, EncryptionContext ec, List<String> tokens) {
    return GenerateDataKeyRequest.aes256(caller, arn, ec).withGrantTokens(tokens);
  }

  private GenerateDataKeyResult dataKey(GenerateDataKeyResult result, String arn) {
    world.rememberCiphertext(arn, result.ciphertextBlob());
    return result;
  }
}
