package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A DeleteImportedKeyMaterial request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param keyMaterialId the material to delete; when empty, the current one
 */
public record DeleteImportedKeyMaterialRequest(
    Caller caller, String keyId, Optional<String> keyMaterialId) {

  public DeleteImportedKeyMaterialRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }

  /** Deletes the current key material. */
  public static DeleteImportedKeyMaterialRequest of(Caller caller, String keyId) {
    return new DeleteImportedKeyMaterialRequest(caller, keyId, Optional.empty());
  }

  /** Deletes the key material {@code keyMaterialId}. */
  public static DeleteImportedKeyMaterialRequest of(
      Caller caller, String keyId, String keyMaterialId) {
    return new DeleteImportedKeyMaterialRequest(caller, keyId, Optional.of(keyMaterialId));
  }
}
