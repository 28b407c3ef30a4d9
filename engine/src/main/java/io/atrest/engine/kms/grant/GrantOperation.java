package io.atrest.engine.kms.grant;

import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;

/** The operations a grant can allow (the {@code GrantOperation} enum of the KMS API). */
public enum GrantOperation {
  Decrypt,
  Encrypt,
  GenerateDataKey,
  GenerateDataKeyWithoutPlaintext,
  ReEncryptFrom,
  ReEncryptTo,
  Sign,
  Verify,
  GetPublicKey,
  CreateGrant,
  RetireGrant,
  DescribeKey,
  GenerateDataKeyPair,
  GenerateDataKeyPairWithoutPlaintext,
  GenerateMac,
  VerifyMac,
  DeriveSharedSecret;

  /**
   * Whether the operation suits a key of this spec and usage: no Sign/Verify/MAC on symmetric
   * encryption keys, no GenerateDataKey* on asymmetric keys, only MAC operations on HMAC keys
   * [KMS-GR].
   */
  public boolean suits(KeySpec spec, KeyUsage usage) {
    if (this == CreateGrant || this == RetireGrant || this == DescribeKey) {
      return true;
    }
    return switch (usage) {
      case ENCRYPT_DECRYPT -> spec.isSymmetricEncryption() ? symmetricCrypto() : asymmetricCrypto();
      case SIGN_VERIFY -> this == Sign || this == Verify || this == GetPublicKey;
      case GENERATE_VERIFY_MAC -> this == GenerateMac || this == VerifyMac;
      case KEY_AGREEMENT -> this == DeriveSharedSecret || this == GetPublicKey;
    };
  }

  /** Whether an encryption-context constraint can apply to this operation. */
  public boolean takesEncryptionContext() {
    return this != DescribeKey && this != RetireGrant;
  }

  private boolean symmetricCrypto() {
    return switch (this) {
      case Decrypt,
          Encrypt,
          GenerateDataKey,
          GenerateDataKeyWithoutPlaintext,
          ReEncryptFrom,
          ReEncryptTo,
          GenerateDataKeyPair,
          GenerateDataKeyPairWithoutPlaintext ->
          true;
      default -> false;
    };
  }

  private boolean asymmetricCrypto() {
    return this == Decrypt
        || this == Encrypt
        || this == ReEncryptFrom
        || this == ReEncryptTo
        || this == GetPublicKey;
  }
}
