package io.atrest.engine.kms.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The wrapping public key (X.509 DER) and import token, valid for 24 hours.
 *
 * @param keyId the key ARN
 */
public record GetParametersForImportResult(
    String keyId, byte[] importToken, byte[] publicKey, Instant parametersValidTo) {

  public GetParametersForImportResult {
    Objects.requireNonNull(keyId, "keyId");
    importToken = Objects.requireNonNull(importToken, "importToken").clone();
    publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
    Objects.requireNonNull(parametersValidTo, "parametersValidTo");
  }

  /** A copy of {@code importToken}. */
  @Override
  public byte[] importToken() {
    return importToken.clone();
  }

  /** A copy of {@code publicKey}. */
  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }
}
