package io.atrest.features.world;

import io.atrest.engine.kms.SigningAlgorithm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Verifies a KMS signature with the JDK alone, as a relying party holding only the public key
 * would: the check that a signature is real does not trust the engine's own Verify. The JCA names
 * follow the KMS key spec reference: RSASSA-PSS with MGF1 over the same hash and a salt as long as
 * the digest, PKCS #1 v1.5, and ECDSA with DER-encoded signatures.
 */
final class SignatureCheck {

  private SignatureCheck() {}

  /**
   * Whether {@code signed} is a valid signature of its message under the DER public key.
   *
   * @throws IllegalArgumentException naming the algorithm when the JDK cannot check it
   */
  static boolean verifies(byte[] publicKeyDer, Signing.Signed signed) {
    SigningAlgorithm algorithm = signed.algorithm();
    try {
      Signature verifier = verifier(algorithm);
      verifier.initVerify(publicKey(publicKeyDer, algorithm));
      verifier.update(signed.message().getBytes(StandardCharsets.UTF_8));
      return verifier.verify(signed.signature());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "the JDK cannot check a " + algorithm + " signature: " + e.getMessage(), e);
    }
  }

  private static Signature verifier(SigningAlgorithm algorithm) throws GeneralSecurityException {
    String name = algorithm.name();
    String bits = String.valueOf(algorithm.digestLength() * 8);
    if (name.startsWith("RSASSA_PSS_")) {
      Signature pss = Signature.getInstance("RSASSA-PSS");
      String hash = "SHA-" + bits;
      pss.setParameter(
          new PSSParameterSpec(
              hash, "MGF1", new MGF1ParameterSpec(hash), algorithm.digestLength(), 1));
      return pss;
    }
    if (name.startsWith("RSASSA_PKCS1_V1_5_")) {
      return Signature.getInstance("SHA" + bits + "withRSA");
    }
    if (name.startsWith("ECDSA_")) {
      return Signature.getInstance("SHA" + bits + "withECDSA");
    }
    throw new IllegalArgumentException(
        "signing algorithm " + algorithm + " has no JDK verifier in the step library");
  }

  private static PublicKey publicKey(byte[] der, SigningAlgorithm algorithm)
      throws GeneralSecurityException {
    String family = algorithm.name().startsWith("ECDSA_") ? "EC" : "RSA";
    return KeyFactory.getInstance(family).generatePublic(new X509EncodedKeySpec(der));
  }
}
