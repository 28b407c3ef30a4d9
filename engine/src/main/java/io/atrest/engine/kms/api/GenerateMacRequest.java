package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MacAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A GenerateMac request.
 *
 * @param keyId an HMAC key: key id, key ARN, alias name or alias ARN
 * @param message 1 to 4096 bytes
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without computing the MAC
 */
public record GenerateMacRequest(
    Caller caller,
    String keyId,
    byte[] message,
    MacAlgorithm macAlgorithm,
    List<String> grantTokens,
    boolean dryRun) {

  public GenerateMacRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    message = Objects.requireNonNull(message, "message").clone();
    Objects.requireNonNull(macAlgorithm, "macAlgorithm");
    grantTokens = List.copyOf(grantTokens);
  }

  public static GenerateMacRequest of(
      Caller caller, String keyId, byte[] message, MacAlgorithm algorithm) {
    return new GenerateMacRequest(caller, keyId, message, algorithm, List.of(), false);
  }

  /** A copy of {@code message}. */
  @Override
  public byte[] message() {
    return message.clone();
  }
}
