package io.atrest.engine.kms.api;

import io.atrest.engine.kms.MacAlgorithm;
import java.util.Objects;

/**
 * The result of GenerateMac.
 *
 * @param keyId the key ARN
 */
public record GenerateMacResult(String keyId, byte[] mac, MacAlgorithm macAlgorithm) {

  public GenerateMacResult {
    Objects.requireNonNull(keyId, "keyId");
    mac = Objects.requireNonNull(mac, "mac").clone();
    Objects.requireNonNull(macAlgorithm, "macAlgorithm");
  }

  /** A copy of {@code mac}. */
  @Override
  public byte[] mac() {
    return mac.clone();
  }
}
