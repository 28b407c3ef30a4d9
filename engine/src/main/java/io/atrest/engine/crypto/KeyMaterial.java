package io.atrest.engine.crypto;

import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;

/**
 * One version of a KMS key's secret material: a 256-bit AES key and the id that ciphertexts carry
 * to name it. The JCE key spec is built once and reused, since every Encrypt and Decrypt needs it.
 * Like {@link SecretBytes}, it never reveals its content in {@code toString} and has no {@code
 * equals}.
 */
public final class KeyMaterial {

  /** Symmetric key material is 256 bits, as in AWS KMS. */
  public static final int LENGTH = 32;

  private final String id;
  private final SecretBytes secret;
  private final SecretKeySpec keySpec;

  private KeyMaterial(String id, SecretBytes secret) {
    this.id = Objects.requireNonNull(id, "id");
    if (secret.length() != LENGTH) {
      throw new IllegalArgumentException(
          "key material is "
              + secret.length()
              + " bytes; symmetric key material must be "
              + LENGTH);
    }
    this.secret = secret;
    byte[] raw = secret.toByteArray();
    this.keySpec = new SecretKeySpec(raw, "AES");
    java.util.Arrays.fill(raw, (byte) 0);
  }

  public static KeyMaterial of(String id, SecretBytes secret) {
    return new KeyMaterial(id, secret);
  }

  /** Fresh material with a fresh 64-hex-digit id, as KMS generates on CreateKey and rotation. */
  public static KeyMaterial generate(SecureRandom random) {
    return new KeyMaterial(Hex.random(random, 32), SecretBytes.random(random, LENGTH));
  }

  public String id() {
    return id;
  }

  public SecretBytes secret() {
    return secret;
  }

  SecretKeySpec keySpec() {
    return keySpec;
  }

  @Override
  public String toString() {
    return "KeyMaterial[" + id + "]";
  }
}
