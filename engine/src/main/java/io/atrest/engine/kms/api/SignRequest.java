package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MessageType;
import io.atrest.engine.kms.SigningAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A Sign request.
 *
 * @param keyId an asymmetric SIGN_VERIFY key: key id, key ARN, alias name or alias ARN
 * @param message 1 to 4096 bytes: the message, or its digest when {@code messageType} is DIGEST
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without signing
 */
public record SignRequest(
    Caller caller,
    String keyId,
    byte[] message,
    MessageType messageType,
    SigningAlgorithm signingAlgorithm,
    List<String> grantTokens,
    boolean dryRun) {

  public SignRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    message = Objects.requireNonNull(message, "message").clone();
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(signingAlgorithm, "signingAlgorithm");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A RAW message, no grant tokens, no dry run. */
  public static SignRequest of(
      Caller caller, String keyId, byte[] message, SigningAlgorithm algorithm) {
    return new SignRequest(caller, keyId, message, MessageType.RAW, algorithm, List.of(), false);
  }

  public SignRequest withMessageType(MessageType type) {
    return new SignRequest(caller, keyId, message, type, signingAlgorithm, grantTokens, dryRun);
  }

  public SignRequest asDryRun() {
    return new SignRequest(
        caller, keyId, message, messageType, signingAlgorithm, grantTokens, true);
  }

  /** A copy of {@code message}. */
  @Override
  public byte[] message() {
    return message.clone();
  }
}
