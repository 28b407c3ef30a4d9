package io.atrest.engine.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes that must not leak: key material and plaintext data keys. There is no {@code equals},
 * {@code hashCode} or content-revealing {@code toString}; compare with {@link #equalsSecret}, which
 * runs in constant time.
 */
public final class SecretBytes {

  // The secret is bytes[0, length); a decrypted plaintext may sit at the head of a longer array.
  private final byte[] bytes;
  private final int length;

  private SecretBytes(byte[] bytes, int length) {
    this.bytes = bytes;
    this.length = length;
  }

  /** A copy of {@code bytes}; the caller may wipe its array afterwards. */
  public static SecretBytes copyOf(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new SecretBytes(bytes.clone(), bytes.length);
  }

  /** {@code length} fresh random bytes. */
  public static SecretBytes random(SecureRandom random, int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length `" + length + "` must be at least 1");
    }
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return new SecretBytes(bytes, length);
  }

  public int length() {
    return length;
  }

  /** A copy of the secret; wipe it when done. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  /**
   * The array holding the secret in its first {@link #length()} bytes, not a copy, for this
   * package's cryptography: sealing a 4 KiB plaintext should not pay for a copy and a wipe. Callers
   * must not keep or change it.
   */
  byte[] unsafeBytes() {
    return bytes;
  }

  /**
   * Takes ownership of {@code bytes}, whose first {@code length} bytes are the secret: plaintext
   * decrypted in place, ahead of the tag it was checked against. The rest is wiped.
   */
  static SecretBytes ownPrefix(byte[] bytes, int length) {
    Objects.checkFromIndexSize(0, length, bytes.length);
    Arrays.fill(bytes, length, bytes.length, (byte) 0);
    return new SecretBytes(bytes, length);
  }

  /** Whether both hold the same bytes, compared in constant time (lengths are not secret). */
  public boolean equalsSecret(SecretBytes other) {
    if (length != other.length) {
      return false;
    }
    int difference = 0;
    for (int i = 0; i < length; i++) {
      difference |= bytes[i] ^ other.bytes[i];
    }
    return difference == 0;
  }

  /** Overwrites the secret with zeros; later reads see only zeros. */
  public void wipe() {
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public String toString() {
    return "SecretBytes[" + length + " bytes]";
  }
}
