package io.atrest.engine.kms;

/** Whether the material of a key with imported material (origin EXTERNAL) is in KMS now. */
public enum ImportState {
  IMPORTED,
  PENDING_IMPORT
}
