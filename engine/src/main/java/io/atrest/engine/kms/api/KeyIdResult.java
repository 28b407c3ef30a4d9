package io.atrest.engine.kms.api;

import java.util.Objects;

/**
 * A result carrying only the key ARN (CancelKeyDeletion, RotateKeyOnDemand).
 *
 * @param keyId the key ARN
 */
public record KeyIdResult(String keyId) {

  public KeyIdResult {
    Objects.requireNonNull(keyId, "keyId");
  }
}
