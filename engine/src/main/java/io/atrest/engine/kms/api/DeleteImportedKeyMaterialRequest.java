package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A DeleteImportedKeyMaterial request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record DeleteImportedKeyMaterialRequest(Caller caller, String keyId) {

  public DeleteImportedKeyMaterialRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
  }

  public static DeleteImportedKeyMaterialRequest of(Caller caller, String keyId) {
    return new DeleteImportedKeyMaterialRequest(caller, keyId);
  }
}
