package io.atrest.engine.kms.api;

import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.SigningAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * The result of GetPublicKey. The algorithm lists are those of the key's usage, the others empty,
 * as AWS returns them.
 *
 * @param keyId the key ARN
 * @param publicKey the DER-encoded X.509 {@code SubjectPublicKeyInfo} (RFC 5280)
 * @param keyAgreementAlgorithms {@code ECDH} for KEY_AGREEMENT keys
 */
public record GetPublicKeyResult(
    String keyId,
    byte[] publicKey,
    KeySpec keySpec,
    KeyUsage keyUsage,
    List<String> encryptionAlgorithms,
    List<SigningAlgorithm> signingAlgorithms,
    List<String> keyAgreementAlgorithms) {

  public GetPublicKeyResult {
    Objects.requireNonNull(keyId, "keyId");
    publicKey = Objects.requireNonNull(publicKey, "publicKey").clone();
    Objects.requireNonNull(keySpec, "keySpec");
    Objects.requireNonNull(keyUsage, "keyUsage");
    encryptionAlgorithms = List.copyOf(encryptionAlgorithms);
    signingAlgorithms = List.copyOf(signingAlgorithms);
    keyAgreementAlgorithms = List.copyOf(keyAgreementAlgorithms);
  }

  /** The deprecated {@code CustomerMasterKeySpec}, which AWS still returns equal to the spec. */
  public KeySpec customerMasterKeySpec() {
    return keySpec;
  }

  /** A copy of {@code publicKey}. */
  @Override
  public byte[] publicKey() {
    return publicKey.clone();
  }
}
