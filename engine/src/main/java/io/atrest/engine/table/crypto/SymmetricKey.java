package io.atrest.engine.table.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;

/**
 * A 256-bit AES key held in memory only: a plaintext table key or data encryption key. It has no
 * {@code equals}, {@code hashCode} or content-revealing {@code toString}; it never reaches storage
 * except wrapped.
 */
public final class SymmetricKey {
  public static final int LENGTH = 32;
  private final SecretKeySpec spec;

  private SymmetricKey(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException(
          "key length `" + bytes.length + "` is not " + LENGTH + " bytes (AES-256)");
    }
    this.spec = new SecretKeySpec(bytes, "AES");
  }

  public static SymmetricKey of(byte[] bytes) {
    return new SymmetricKey(bytes.clone());
  }

  public static SymmetricKey random(SecureRandom random) {
    byte[] b = new byte[LENGTH];
    random.nextBytes(b);
    SymmetricKey k = new SymmetricKey(b);
    Arrays.fill(b, (byte) 0);
    return k;
  }

  SecretKeySpec spec() {
    return spec;
  }

  /** The raw key bytes; for wrapping under a higher key and for leak tests only. */
  public byte[] exportForWrapping() {
    return spec.getEncoded();
  }

  @Override
  public String toString() {
    return "SymmetricKey[AES-256, redacted]";
  }
}
