package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.MacAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A VerifyMac request.
 *
 * @param keyId an HMAC key: key id, key ARN, alias name or alias ARN
 * @param message 1 to 4096 bytes
 * @param mac 1 to 6144 bytes
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without verifying
 */
public record VerifyMacRequest(
    Caller caller,
    String keyId,
    byte[] message,
    MacAlgorithm macAlgorithm,
    byte[] mac,
    List<String> grantTokens,
    boolean dryRun) {

  public VerifyMacRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    message = Objects.requireNonNull(message, "message").clone();
    Objects.requireNonNull(macAlgorithm, "macAlgorithm");
    mac = Objects.requireNonNull(mac, "mac").clone();
    grantTokens = List.copyOf(grantTokens);
  }

  public static VerifyMacRequest of(
      Caller caller, String keyId, byte[] message, MacAlgorithm algorithm, byte[] mac) {
    return new VerifyMacRequest(caller, keyId, message, algorithm, mac, List.of(), false);
  }

  /** A copy of {@code message}. */
  @Override
  public byte[] message() {
    return message.clone();
  }

  /** A copy of {@code mac}. */
  @Override
  public byte[] mac() {
    return mac.clone();
  }
}
