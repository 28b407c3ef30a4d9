package io.atrest.engine.kms.api;

import io.atrest.engine.kms.MacAlgorithm;
import java.util.Objects;

/**
 * The result of a VerifyMac that succeeded: {@code MacValid} is always true, since a MAC that does
 * not match fails the call with KMSInvalidMacException, as in AWS.
 *
 * @param keyId the key ARN
 */
public record VerifyMacResult(String keyId, boolean macValid, MacAlgorithm macAlgorithm) {

  public VerifyMacResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(macAlgorithm, "macAlgorithm");
  }
}
