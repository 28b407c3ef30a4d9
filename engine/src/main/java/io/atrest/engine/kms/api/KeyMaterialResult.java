package io.atrest.engine.kms.api;

import java.util.Objects;

/**
 * A result naming the key ARN and a key material id (ImportKeyMaterial, DeleteImportedKeyMaterial).
 *
 * @param keyId the key ARN
 */
public record KeyMaterialResult(String keyId, String keyMaterialId) {

  public KeyMaterialResult {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyMaterialId, "keyMaterialId");
  }
}
