package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;

/**
 * An Encrypt request (SYMMETRIC_DEFAULT).
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param plaintext 1 to 4096 bytes
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without acting
 */
public record EncryptRequest(
    Caller caller,
    String keyId,
    SecretBytes plaintext,
    EncryptionContext encryptionContext,
    List<String> grantTokens,
    boolean dryRun) {

  public EncryptRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(plaintext, "plaintext");
    Objects.requireNonNull(encryptionContext, "encryptionContext");
    grantTokens = List.copyOf(grantTokens);
  }

  public static EncryptRequest of(
      Caller caller, String keyId, SecretBytes plaintext, EncryptionContext context) {
    return new EncryptRequest(caller, keyId, plaintext, context, List.of(), false);
  }

  public EncryptRequest withGrantTokens(List<String> tokens) {
    return new EncryptRequest(caller, keyId, plaintext, encryptionContext, tokens, dryRun);
  }

  public EncryptRequest asDryRun() {
    return new EncryptRequest(caller, keyId, plaintext, encryptionContext, grantTokens, true);
  }
}
