package io.atrest.engine.table.item;

import java.util.Arrays;
import java.util.Base64;

/** An immutable byte string (a DynamoDB binary value), ordered as unsigned bytes like DynamoDB. */
public final class Bytes implements Comparable<Bytes> {
  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte[] value) {
    return new Bytes(value.clone());
  }

  public static Bytes ofBase64(String base64) {
    return new Bytes(Base64.getDecoder().decode(base64));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  /** Whether this starts with {@code prefix}, as {@code begins_with} compares binaries. */
  public boolean startsWith(Bytes prefix) {
    return value.length >= prefix.value.length
        && Arrays.equals(value, 0, prefix.value.length, prefix.value, 0, prefix.value.length);
  }

  byte[] raw() {
    return value;
  }

  @Override
  public int compareTo(Bytes other) {
    return Arrays.compareUnsigned(value, other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(value, b.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return Base64.getEncoder().encodeToString(value);
  }
}
