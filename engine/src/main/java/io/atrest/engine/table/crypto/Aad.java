package io.atrest.engine.table.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds authenticated data as a sequence of length-prefixed fields, so that no two different field
 * lists encode to the same bytes (unlike plain concatenation).
 */
public final class Aad {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(96);

  private Aad(String purpose) {
    add(purpose);
  }

  /** Starts AAD for one purpose ({@code "item"}, {@code "data-key"}...). */
  public static Aad of(String purpose) {
    return new Aad(purpose);
  }

  public Aad add(String field) {
    return add(field.getBytes(StandardCharsets.UTF_8));
  }

  public Aad add(int field) {
    return add(
        new byte[] {
          (byte) (field >>> 24), (byte) (field >>> 16), (byte) (field >>> 8), (byte) field
        });
  }

  public Aad add(byte[] field) {
    int n = field.length;
    out.write(n >>> 24);
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.write(field, 0, n);
    return this;
  }

  public byte[] toByteArray() {
    return out.toByteArray();
  }

  /**
   * {@code built} (the bytes of an {@code Aad}) followed by {@code field}, encoded as {@link
   * #add(byte[])} encodes it: for a fixed start built once and a last field that varies.
   */
  public static byte[] append(byte[] built, byte[] field) {
    int n = field.length;
    byte[] out = new byte[built.length + 4 + n];
    System.arraycopy(built, 0, out, 0, built.length);
    int at = built.length;
    out[at] = (byte) (n >>> 24);
    out[at + 1] = (byte) (n >>> 16);
    out[at + 2] = (byte) (n >>> 8);
    out[at + 3] = (byte) n;
    System.arraycopy(field, 0, out, at + 4, n);
    return out;
  }
}
