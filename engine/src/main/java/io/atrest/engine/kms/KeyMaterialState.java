package io.atrest.engine.kms;

/**
 * How KMS uses one key material of a key, as ListKeyRotations reports it: {@code CURRENT} encrypts
 * and decrypts, {@code NON_CURRENT} only decrypts, {@code PENDING_ROTATION} is imported material
 * that RotateKeyOnDemand has not yet made current (used for nothing). The API's {@code
 * PENDING_MULTI_REGION_IMPORT_AND_ROTATION} belongs to multi-Region keys with imported material,
 * which the engine does not model.
 */
public enum KeyMaterialState {
  CURRENT,
  NON_CURRENT,
  PENDING_ROTATION
}
