package io.atrest.engine.kms;

import java.util.List;
import java.util.Set;

/**
 * The type of a KMS key ({@code KeySpec}) with the key usages it allows and, for encryption keys,
 * its encryption algorithms. The allowed usages are those of the CreateKey API reference.
 */
public enum KeySpec {
  SYMMETRIC_DEFAULT(Set.of(KeyUsage.ENCRYPT_DECRYPT), List.of("SYMMETRIC_DEFAULT")),
  RSA_2048(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY), rsaAlgorithms()),
  RSA_3072(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY), rsaAlgorithms()),
  RSA_4096(Set.of(KeyUsage.ENCRYPT_DECRYPT, KeyUsage.SIGN_VERIFY), rsaAlgorithms()),
  ECC_NIST_P256(Set.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT), List.of()),
  ECC_NIST_P384(Set.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT), List.of()),
  ECC_NIST_P521(Set.of(KeyUsage.SIGN_VERIFY, KeyUsage.KEY_AGREEMENT), List.of()),
  ECC_SECG_P256K1(Set.of(KeyUsage.SIGN_VERIFY), List.of()),
  HMAC_224(Set.of(KeyUsage.GENERATE_VERIFY_MAC), List.of()),
  HMAC_256(Set.of(KeyUsage.GENERATE_VERIFY_MAC), List.of()),
  HMAC_384(Set.of(KeyUsage.GENERATE_VERIFY_MAC), List.of()),
  HMAC_512(Set.of(KeyUsage.GENERATE_VERIFY_MAC), List.of());

  private final Set<KeyUsage> usages;
  private final List<String> encryptionAlgorithms;

  KeySpec(Set<KeyUsage> usages, List<String> encryptionAlgorithms) {
    this.usages = usages;
    this.encryptionAlgorithms = encryptionAlgorithms;
  }

  private static List<String> rsaAlgorithms() {
    return List.of("RSAES_OAEP_SHA_1", "RSAES_OAEP_SHA_256");
  }

  public boolean allows(KeyUsage usage) {
    return usages.contains(usage);
  }

  public boolean isSymmetricEncryption() {
    return this == SYMMETRIC_DEFAULT;
  }

  public boolean isHmac() {
    return name().startsWith("HMAC_");
  }

  /**
   * The {@code EncryptionAlgorithms} DescribeKey lists for a key of this spec and {@code usage}.
   */
  public List<String> encryptionAlgorithms(KeyUsage usage) {
    return usage == KeyUsage.ENCRYPT_DECRYPT ? encryptionAlgorithms : List.of();
  }
}
