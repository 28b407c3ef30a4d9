package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;

/**
 * A GetPublicKey request.
 *
 * @param keyId an asymmetric key: key id, key ARN, alias name or alias ARN
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 */
public record GetPublicKeyRequest(Caller caller, String keyId, List<String> grantTokens) {

  public GetPublicKeyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    grantTokens = List.copyOf(grantTokens);
  }

  public static GetPublicKeyRequest of(Caller caller, String keyId) {
    return new GetPublicKeyRequest(caller, keyId, List.of());
  }
}
