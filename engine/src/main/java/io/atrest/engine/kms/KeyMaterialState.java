package io.atrest.engine.kms;

/**
 * How KMS uses one key material of a key, as ListKeyRotations reports it: {@code CURRENT} encrypts
 * and decrypts, {@code NON_CURRENT} only decrypts. The API's two pending states belong to imported
 * material awaiting an on-demand rotation, which the engine does not model.
 */
public enum KeyMaterialState {
  CURRENT,
  NON_CURRENT
}
