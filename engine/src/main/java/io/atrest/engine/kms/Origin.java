package io.atrest.engine.kms;

/**
 * Where a key's material comes from. The engine has no custom key stores, so {@code AWS_CLOUDHSM}
 * and {@code EXTERNAL_KEY_STORE} are not offered.
 */
public enum Origin {
  AWS_KMS,
  EXTERNAL
}
