package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Decrypt request; the key id is optional for symmetric ciphertext.
 *
 * @param caller who calls, and through which service
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without acting
 */
public record DecryptRequest(
    Caller caller,
    byte[] ciphertextBlob,
    EncryptionContext encryptionContext,
    Optional<String> keyId,
    List<String> grantTokens,
    boolean dryRun) {

  public DecryptRequest {
    Objects.requireNonNull(caller, "caller");
    // The one copy: the caller's array could change while the engine decrypts it, and GCM would
    // then release plaintext of bytes it never authenticated.
    ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
    Objects.requireNonNull(encryptionContext, "encryptionContext");
    Objects.requireNonNull(keyId, "keyId");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A copy of {@code ciphertextBlob}. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }

  /**
   * The blob's clear header, and its sealed body read in place from this request's own copy, which
   * nothing can change: Decrypt of 4 KiB pays for no copy beyond the one made on the way in.
   *
   * @throws io.atrest.engine.kms.error.InvalidCiphertextException when the blob is malformed
   */
  public CiphertextBlob parsedCiphertextBlob() {
    return CiphertextBlob.parse(ciphertextBlob);
  }

  public static DecryptRequest of(Caller caller, byte[] blob, EncryptionContext context) {
    return new DecryptRequest(caller, blob, context, Optional.empty(), List.of(), false);
  }

  public DecryptRequest withKeyId(String value) {
    return new DecryptRequest(
        caller, ciphertextBlob, encryptionContext, Optional.of(value), grantTokens, dryRun);
  }

  public DecryptRequest withGrantTokens(List<String> tokens) {
    return new DecryptRequest(caller, ciphertextBlob, encryptionContext, keyId, tokens, dryRun);
  }
}
