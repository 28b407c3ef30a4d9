package io.atrest.engine.kms;

import io.atrest.engine.crypto.SecretBytes;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The secret material of asymmetric and HMAC keys, as the store keeps it (wrapped, like symmetric
 * material): for an RSA or ECC key its key pair, encoded as
 *
 * <ul>
 *   <li>4 bytes: the length {@code n} of the public key (big-endian),
 *   <li>{@code n} bytes: the public key, DER {@code SubjectPublicKeyInfo} (what GetPublicKey
 *       returns),
 *   <li>the rest: the private key, DER PKCS #8;
 * </ul>
 *
 * and for an HMAC key the HMAC key itself, as long as the spec's size (224 to 512 bits).
 *
 * <p>RSA and the NIST curves come from the JDK providers; secp256k1, which the JDK 17 SunEC
 * provider does not have, from a private BouncyCastle provider instance (never registered
 * globally).
 */
final class KeySecrets {

  private KeySecrets() {}

  /** Fresh material for a key of {@code spec}; symmetric keys use {@code KeyMaterial} instead. */
  static SecretBytes generate(KeySpec spec, SecureRandom random) {
    if (spec.isHmac()) {
      return SecretBytes.random(random, hmacBits(spec) / 8);
    }
    try {
      KeyPairGenerator generator = generator(spec);
      if (isRsa(spec)) {
        generator.initialize(
            new RSAKeyGenParameterSpec(rsaBits(spec), RSAKeyGenParameterSpec.F4), random);
      } else {
        generator.initialize(new ECGenParameterSpec(curve(spec)), random);
      }
      return encode(generator.generateKeyPair());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot generate a key pair of spec " + spec, e);
    }
  }

  /** The key pair a {@link #generate}d secret of an RSA or ECC key holds. */
  static KeyPair keyPair(KeySpec spec, SecretBytes secret) {
    byte[] raw = secret.toByteArray();
    try {
      ByteBuffer in = ByteBuffer.wrap(raw);
      byte[] spki = new byte[in.getInt()];
      in.get(spki);
      byte[] pkcs8 = new byte[in.remaining()];
      in.get(pkcs8);
      KeyFactory factory = factory(spec);
      KeyPair pair =
          new KeyPair(
              factory.generatePublic(new X509EncodedKeySpec(spki)),
              factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
      Arrays.fill(pkcs8, (byte) 0);
      return pair;
    } catch (GeneralSecurityException | BufferUnderflowException | NegativeArraySizeException e) {
      throw new IllegalStateException("stored key pair of spec " + spec + " does not decode", e);
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  /** The provider that has the algorithm of {@code spec}: the JDK's, or BouncyCastle for k1. */
  static Provider provider(KeySpec spec) {
    return spec == KeySpec.ECC_SECG_P256K1 ? Bc.PROVIDER : null;
  }

  static boolean isRsa(KeySpec spec) {
    return spec == KeySpec.RSA_2048 || spec == KeySpec.RSA_3072 || spec == KeySpec.RSA_4096;
  }

  private static SecretBytes encode(KeyPair pair) {
    byte[] spki = pair.getPublic().getEncoded();
    byte[] pkcs8 = pair.getPrivate().getEncoded();
    byte[] out =
        ByteBuffer.allocate(4 + spki.length + pkcs8.length)
            .putInt(spki.length)
            .put(spki)
            .put(pkcs8)
            .array();
    try {
      return SecretBytes.copyOf(out);
    } finally {
      Arrays.fill(out, (byte) 0);
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private static KeyPairGenerator generator(KeySpec spec) throws GeneralSecurityException {
    String algorithm = isRsa(spec) ? "RSA" : "EC";
    Provider provider = provider(spec);
    return provider == null
        ? KeyPairGenerator.getInstance(algorithm)
        : KeyPairGenerator.getInstance(algorithm, provider);
  }

  private static KeyFactory factory(KeySpec spec) throws GeneralSecurityException {
    String algorithm = isRsa(spec) ? "RSA" : "EC";
    Provider provider = provider(spec);
    return provider == null
        ? KeyFactory.getInstance(algorithm)
        : KeyFactory.getInstance(algorithm, provider);
  }

  private static int rsaBits(KeySpec spec) {
    return Integer.parseInt(spec.name().substring("RSA_".length()));
  }

  private static int hmacBits(KeySpec spec) {
    return Integer.parseInt(spec.name().substring("HMAC_".length()));
  }

  private static String curve(KeySpec spec) {
    return switch (spec) {
      case ECC_NIST_P256 -> "secp256r1";
      case ECC_NIST_P384 -> "secp384r1";
      case ECC_NIST_P521 -> "secp521r1";
      case ECC_SECG_P256K1 -> "secp256k1";
      default -> throw new IllegalArgumentException("key spec " + spec + " is not an ECC spec");
    };
  }

  /** Loaded on first use only: building the provider costs tens of milliseconds. */
  private static final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();
  }
}
