package io.atrest.engine.kms;

import java.util.List;

/**
 * The signing algorithms of the KMS API ({@code SigningAlgorithmSpec}), with the hash each one
 * begins with. The engine serves the RSA and ECDSA ones; the others (SM2, ML-DSA, Ed25519) belong
 * to key specs it does not create, so they are refused as incompatible with every key it has.
 *
 * <p>RSASSA-PSS uses the same hash for the message digest and for MGF1, and a salt as long as the
 * digest ("PSS padding using SHA-256 for both the message digest and the MGF1 mask generation
 * function along with a 256-bit salt", KMS developer guide, asymmetric key specs).
 */
public enum SigningAlgorithm {
  RSASSA_PSS_SHA_256(Family.RSA_PSS, "SHA-256", 32),
  RSASSA_PSS_SHA_384(Family.RSA_PSS, "SHA-384", 48),
  RSASSA_PSS_SHA_512(Family.RSA_PSS, "SHA-512", 64),
  RSASSA_PKCS1_V1_5_SHA_256(Family.RSA_PKCS1, "SHA-256", 32),
  RSASSA_PKCS1_V1_5_SHA_384(Family.RSA_PKCS1, "SHA-384", 48),
  RSASSA_PKCS1_V1_5_SHA_512(Family.RSA_PKCS1, "SHA-512", 64),
  ECDSA_SHA_256(Family.ECDSA, "SHA-256", 32),
  ECDSA_SHA_384(Family.ECDSA, "SHA-384", 48),
  ECDSA_SHA_512(Family.ECDSA, "SHA-512", 64),
  SM2DSA(Family.UNSERVED, "SM3", 32),
  ML_DSA_SHAKE_256(Family.UNSERVED, "SHAKE256", 64),
  ED25519_SHA_512(Family.UNSERVED, "SHA-512", 64),
  ED25519_PH_SHA_512(Family.UNSERVED, "SHA-512", 64);

  /** How the algorithm turns a digest into a signature. */
  enum Family {
    RSA_PSS,
    RSA_PKCS1,
    ECDSA,
    UNSERVED
  }

  private static final List<SigningAlgorithm> RSA =
      List.of(
          RSASSA_PKCS1_V1_5_SHA_256,
          RSASSA_PKCS1_V1_5_SHA_384,
          RSASSA_PKCS1_V1_5_SHA_512,
          RSASSA_PSS_SHA_256,
          RSASSA_PSS_SHA_384,
          RSASSA_PSS_SHA_512);

  private final Family family;
  private final String hash;
  private final int digestLength;

  SigningAlgorithm(Family family, String hash, int digestLength) {
    this.family = family;
    this.hash = hash;
    this.digestLength = digestLength;
  }

  Family family() {
    return family;
  }

  /** The JCA name of the hash the algorithm begins with, such as {@code SHA-256}. */
  String hash() {
    return hash;
  }

  /** The length a DIGEST message must have. */
  public int digestLength() {
    return digestLength;
  }

  /**
   * The {@code SigningAlgorithms} of a key of {@code spec} and {@code usage}, in the order
   * DescribeKey lists them (KMS developer guide, key spec reference): all six RSA algorithms for an
   * RSA signing key, the one ECDSA algorithm of the curve's size for an ECC signing key, none
   * otherwise.
   */
  public static List<SigningAlgorithm> forKey(KeySpec spec, KeyUsage usage) {
    if (usage != KeyUsage.SIGN_VERIFY) {
      return List.of();
    }
    return switch (spec) {
      case RSA_2048, RSA_3072, RSA_4096 -> RSA;
      case ECC_NIST_P256, ECC_SECG_P256K1 -> List.of(ECDSA_SHA_256);
      case ECC_NIST_P384 -> List.of(ECDSA_SHA_384);
      case ECC_NIST_P521 -> List.of(ECDSA_SHA_512);
      default -> List.of();
    };
  }
}
