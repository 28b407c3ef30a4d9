package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A ReEncrypt request.
 *
 * @param caller who calls, and through which service
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without acting
 */
public record ReEncryptRequest(
    Caller caller,
    byte[] ciphertextBlob,
    EncryptionContext sourceEncryptionContext,
    Optional<String> sourceKeyId,
    String destinationKeyId,
    EncryptionContext destinationEncryptionContext,
    List<String> grantTokens,
    boolean dryRun) {

  public ReEncryptRequest {
    Objects.requireNonNull(caller, "caller");
    ciphertextBlob = Objects.requireNonNull(ciphertextBlob, "ciphertextBlob").clone();
    Objects.requireNonNull(sourceEncryptionContext, "sourceEncryptionContext");
    Objects.requireNonNull(sourceKeyId, "sourceKeyId");
    Objects.requireNonNull(destinationKeyId, "destinationKeyId");
    Objects.requireNonNull(destinationEncryptionContext, "destinationEncryptionContext");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A copy of {@code ciphertextBlob}. */
  @Override
  public byte[] ciphertextBlob() {
    return ciphertextBlob.clone();
  }

  public static ReEncryptRequest of(
      Caller caller,
      byte[] blob,
      EncryptionContext source,
      String destinationKeyId,
      EncryptionContext destination) {
    return new ReEncryptRequest(
        caller, blob, source, Optional.empty(), destinationKeyId, destination, List.of(), false);
  }
}
