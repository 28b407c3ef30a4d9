package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Decrypt request; the key id is optional for symmetric ciphertext. The ciphertext blob is held
 * as given and read when the request is served, as a client's buffer is read when it is sent: a
 * caller that changes the array before then sends the changed blob. Reading it is safe even while
 * the caller changes it ({@link CiphertextBlob} reads each byte once and decrypts only its own
 * copy), so no defensive copy is made on the way in.
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
    Objects.requireNonNull(ciphertextBlob, "ciphertextBlob");
    Objects.requireNonNull(encryptionContext, "encryptionContext");
    Objects.requireNonNull(keyId, "keyId");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A copy of {@code ciphertextBlob} as it is now. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }

  /**
   * The blob's clear header and IV, read now; its sealed body is read once when opened, into the
   * array that becomes the plaintext, so Decrypt of 4 KiB pays for no other copy.
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
