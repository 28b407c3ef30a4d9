package io.atrest.engine.crypto;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes that must not leak: key material and plaintext data keys. There is no {@code equals},
 * {@code hashCode} or content-revealing {@code toString}; compare with {@link #equalsSecret}, which
 * runs in constant time.
 */
public final class SecretBytes {

  private final byte[] bytes;

  private SecretBytes(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A copy of {@code bytes}; the caller may wipe its array afterwards. */
  public static SecretBytes copyOf(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new SecretBytes(bytes.clone());
  }

  /** {@code length} fresh random bytes. */
  public static SecretBytes random(SecureRandom random, int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length `" + length + "` must be at least 1");
    }
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return new SecretBytes(bytes);
  }

  public int length() {
    return bytes.length;
  }

  /** A copy of the secret; wipe it when done. */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /**
   * The secret itself, not a copy, for this package's cryptography: sealing a 4 KiB plaintext
   * should not pay for a copy and a wipe. Callers must not keep or change it.
   */
  byte[] unsafeBytes() {
    return bytes;
  }

  /** Takes ownership of {@code bytes} (no copy); for plaintext this package has just decrypted. */
  static SecretBytes own(byte[] bytes) {
    return new SecretBytes(bytes);
  }

  /** Whether both hold the same bytes, compared in constant time. */
  public boolean equalsSecret(SecretBytes other) {
    return MessageDigest.isEqual(bytes, other.bytes);
  }

  /** Overwrites the secret with zeros; later reads see only zeros. */
  public void wipe() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public String toString() {
    return "SecretBytes[" + bytes.length + " bytes]";
  }
}
