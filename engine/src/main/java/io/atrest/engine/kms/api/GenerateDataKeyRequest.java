package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.DataKeySpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GenerateDataKey or GenerateDataKeyWithoutPlaintext request: exactly one of key spec and number
 * of bytes.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param numberOfBytes 1 to 1024
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param dryRun check permissions and parameters without acting
 */
public record GenerateDataKeyRequest(
    Caller caller,
    String keyId,
    EncryptionContext encryptionContext,
    Optional<DataKeySpec> keySpec,
    Optional<Integer> numberOfBytes,
    List<String> grantTokens,
    boolean dryRun) {

  public GenerateDataKeyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(encryptionContext, "encryptionContext");
    Objects.requireNonNull(keySpec, "keySpec");
    Objects.requireNonNull(numberOfBytes, "numberOfBytes");
    grantTokens = List.copyOf(grantTokens);
  }

  /** A 256-bit data key, as DynamoDB asks for its table keys. */
  public static GenerateDataKeyRequest aes256(
      Caller caller, String keyId, EncryptionContext context) {
    return new GenerateDataKeyRequest(
        caller,
        keyId,
        context,
        Optional.of(DataKeySpec.AES_256),
        Optional.empty(),
        List.of(),
        false);
  }

  public GenerateDataKeyRequest withGrantTokens(List<String> tokens) {
    return new GenerateDataKeyRequest(
        caller, keyId, encryptionContext, keySpec, numberOfBytes, tokens, dryRun);
  }
}
