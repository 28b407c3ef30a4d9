package io.atrest.engine.kms;

/** What a key may be used for ({@code KeyUsage} in the KMS API). */
public enum KeyUsage {
  ENCRYPT_DECRYPT,
  SIGN_VERIFY,
  GENERATE_VERIFY_MAC,
  KEY_AGREEMENT
}
