package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.SigningAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A Verify request.
 *
 * @param keyId an asymmetric SIGN_VERIFY key: key id, key ARN, alias name or alias ARN
 * @param message 1 to 4096 bytes: the message, or its digest when {@code messageType} is DIGEST
 * @param signature 1 to 6144 bytes
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without verifying
 */
public record VerifyRequest(
    Caller caller,
    String keyId,
    byte[] message,
    MessageType messageType,
    byte[] signature,
    SigningAlgorithm signingAlgorithm,
    List<String> grantTokens,
    boolean dryRun) {

  public VerifyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    message = Objects.requireNonNull(message, "message").clone();
    Objects.requireNonNull(messageType, "messageType");
    signature = Objects.requireNonNull(signature, "signature").clone();
    Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A RAW message, no grant tokens, no dry run. */
  public static VerifyRequest of(
      Caller caller, String keyId, byte[] message, byte[] signature, SigningAlgorithm algorithm) {
    return new VerifyRequest(
        caller, keyId, message, MessageType.RAW, signature, algorithm, List.of(), false);
  }

  public VerifyRequest withMessageType(MessageType type) {
    return new VerifyRequest(
        caller, keyId, message, type, signature, signingAlgorithm, grantTokens, dryRun);
  }

  /** A copy of {@code message}. */
  @Override
  public byte[] message() {
    return message.clone();
  }

  /** A copy of {@code signature}. */
  @Override
  public byte[] signature() {
    return signature.clone();
  }
}
