package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;

/**
 * A DescribeKey request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 */
public record DescribeKeyRequest(Caller caller, String keyId, List<String> grantTokens) {

  public DescribeKeyRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    grantTokens = List.copyOf(grantTokens);
  }

  public static DescribeKeyRequest of(Caller caller, String keyId) {
    return new DescribeKeyRequest(caller, keyId, List.of());
  }
}
