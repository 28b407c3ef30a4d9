package io.atrest.engine.table.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds authenticated data as a sequence of length-prefixed fields, so that no two different
 * field lists encode to the same bytes (unlike plain concatenation).
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
    return add(new byte[] {(byte) (field >>> 24), (byte) (field >>> 16), (byte) (field >>> 8), (byte) field});
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
}
