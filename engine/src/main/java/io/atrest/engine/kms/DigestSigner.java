package io.atrest.engine.kms;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.util.HexFormat;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.DataLengthException;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.bouncycastle.crypto.util.DigestFactory;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;

/**
 * Signs and verifies a message digest with a {@link SigningAlgorithm}: KMS hashes a RAW message
 * first and takes a DIGEST as it is, so both kinds meet here as the same digest.
 *
 * <ul>
 *   <li>RSASSA-PKCS1-v1_5: the JDK's {@code NONEwithRSA} over the DER {@code DigestInfo} of the
 *       digest (RFC 8017 §9.2);
 *   <li>RSASSA-PSS: BouncyCastle's raw PSS signer (MGF1 with the same hash, salt as long as the
 *       digest, trailer 0xBC). The JDK's {@code RSASSA-PSS} always hashes its input itself and so
 *       cannot sign a DIGEST message; one code path keeps RAW and DIGEST signatures identical;
 *   <li>ECDSA: {@code NONEwithECDSA} of the key's provider, DER-encoded {@code (r, s)} as KMS
 *       returns it.
 * </ul>
 */
final class DigestSigner {

  // DigestInfo prefixes of RFC 8017 §9.2, note 1.
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] SHA_256_INFO = HEX.parseHex("3031300d060960864801650304020105000420");
  private static final byte[] SHA_384_INFO = HEX.parseHex("3041300d060960864801650304020205000430");
  private static final byte[] SHA_512_INFO = HEX.parseHex("3051300d060960864801650304020305000440");

  private DigestSigner() {}

  static byte[] sign(
      SigningAlgorithm algorithm,
      PrivateKey key,
      Provider provider,
      byte[] digest,
      SecureRandom random) {
    try {
      return switch (algorithm.family()) {
        case RSA_PKCS1 -> {
          Signature s = Signature.getInstance("NONEwithRSA");
          s.initSign(key, random);
          s.update(digestInfo(algorithm, digest));
          yield s.sign();
        }
        case RSA_PSS -> {
          PSSSigner signer = pss(algorithm);
          signer.init(
              true,
              new ParametersWithRandom(PrivateKeyFactory.createKey(key.getEncoded()), random));
          signer.update(digest, 0, digest.length);
          yield signer.generateSignature();
        }
        case ECDSA -> {
          Signature s = ecdsa(provider);
          s.initSign(key, random);
          s.update(digest);
          yield s.sign();
        }
        case UNSERVED ->
            throw new IllegalArgumentException("algorithm " + algorithm + " is not served");
      };
    } catch (GeneralSecurityException | CryptoException e) {
      throw new IllegalStateException("cannot sign with " + algorithm, e);
    } catch (IOException e) {
      throw new IllegalStateException("stored private key does not decode", e);
    }
  }

  /** Whether {@code signature} is a valid signature of {@code digest}; malformed ones are not. */
  static boolean verify(
      SigningAlgorithm algorithm,
      PublicKey key,
      Provider provider,
      byte[] digest,
      byte[] signature) {
    try {
      return switch (algorithm.family()) {
        case RSA_PKCS1 -> {
          Signature s = Signature.getInstance("NONEwithRSA");
          s.initVerify(key);
          s.update(digestInfo(algorithm, digest));
          yield s.verify(signature);
        }
        case RSA_PSS -> {
          AsymmetricKeyParameter publicKey = PublicKeyFactory.createKey(key.getEncoded());
          PSSSigner signer = pss(algorithm);
          signer.init(false, publicKey);
          signer.update(digest, 0, digest.length);
          yield signer.verifySignature(signature);
        }
        case ECDSA -> {
          Signature s = ecdsa(provider);
          s.initVerify(key);
          s.update(digest);
          yield s.verify(signature);
        }
        case UNSERVED -> false;
      };
    } catch (SignatureException | DataLengthException malformed) {
      return false;
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot verify with " + algorithm, e);
    }
  }

  private static PSSSigner pss(SigningAlgorithm algorithm) {
    Digest hash = bcDigest(algorithm);
    return PSSSigner.createRawSigner(
        new RSABlindedEngine(), hash, bcDigest(algorithm), algorithm.digestLength(), (byte) 0xBC);
  }

  private static Digest bcDigest(SigningAlgorithm algorithm) {
    return switch (algorithm.hash()) {
      case "SHA-256" -> DigestFactory.createSHA256();
      case "SHA-384" -> DigestFactory.createSHA384();
      default -> DigestFactory.createSHA512();
    };
  }

  private static Signature ecdsa(Provider provider) throws GeneralSecurityException {
    return provider == null
        ? Signature.getInstance("NONEwithECDSA")
        : Signature.getInstance("NONEwithECDSA", provider);
  }

  private static byte[] digestInfo(SigningAlgorithm algorithm, byte[] digest) {
    byte[] prefix =
        switch (algorithm.hash()) {
          case "SHA-256" -> SHA_256_INFO;
          case "SHA-384" -> SHA_384_INFO;
          default -> SHA_512_INFO;
        };
    byte[] info = new byte[prefix.length + digest.length];
    System.arraycopy(prefix, 0, info, 0, prefix.length);
    System.arraycopy(digest, 0, info, prefix.length, digest.length);
    return info;
  }
}
