package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A GetParametersForImport request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param wrappingAlgorithm RSAES_OAEP_SHA_1 or RSAES_OAEP_SHA_256
 * @param wrappingKeySpec RSA_2048, RSA_3072 or RSA_4096
 */
public record GetParametersForImportRequest(
    Caller caller, String keyId, String wrappingAlgorithm, String wrappingKeySpec) {

  public GetParametersForImportRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(wrappingAlgorithm, "wrappingAlgorithm");
    Objects.requireNonNull(wrappingKeySpec, "wrappingKeySpec");
  }
}
