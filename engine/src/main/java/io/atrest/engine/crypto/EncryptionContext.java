package io.atrest.engine.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The non-secret key-value pairs bound to a ciphertext as authenticated data. Immutable; pairs are
 * ordered by the UTF-8 bytes of their keys, so two contexts with the same pairs in any order are
 * equal and have the same {@linkplain #canonicalBytes canonical form}.
 */
public final class EncryptionContext {

  private static final Comparator<String> UTF8_ORDER =
      (a, b) -> Arrays.compareUnsigned(utf8(a), utf8(b));

  private static final EncryptionContext EMPTY = new EncryptionContext(new TreeMap<>(UTF8_ORDER));

  private final SortedMap<String, String> pairs;
  // The AAD of every Encrypt and Decrypt: computed once, since the context is immutable. Racy
  // initialization is benign (every thread computes the same bytes).
  private byte[] canonical;

  private EncryptionContext(SortedMap<String, String> pairs) {
    this.pairs = Collections.unmodifiableSortedMap(pairs);
  }

  public static EncryptionContext empty() {
    return EMPTY;
  }

  /** A context holding {@code pairs}; keys and values must not be null, keys not empty. */
  public static EncryptionContext of(Map<String, String> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    TreeMap<String, String> sorted = new TreeMap<>(UTF8_ORDER);
    pairs.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "encryption context key");
          Objects.requireNonNull(v, "encryption context value of `" + k + "`");
          if (k.isEmpty()) {
            throw new IllegalArgumentException("encryption context key must not be empty");
          }
          sorted.put(k, v);
        });
    return sorted.isEmpty() ? EMPTY : new EncryptionContext(sorted);
  }

  public static EncryptionContext of(String key, String value) {
    return of(Map.of(key, value));
  }

  /** The pairs, ordered by key. */
  public SortedMap<String, String> asMap() {
    return pairs;
  }

  public boolean isEmpty() {
    return pairs.isEmpty();
  }

  /** Whether every pair of this context appears, with the same value, in {@code other}. */
  public boolean isSubsetOf(EncryptionContext other) {
    return pairs.entrySet().stream()
        .allMatch(e -> e.getValue().equals(other.pairs.get(e.getKey())));
  }

  /**
   * The unambiguous byte form bound as AAD: a 2-byte big-endian pair count, then for each pair in
   * key order the 2-byte length and UTF-8 bytes of the key, then of the value (the AWS Encryption
   * SDK's layout). Because every field is length-prefixed, {@code {"ab":"c"}} and {@code
   * {"a":"bc"}} encode differently.
   */
  public byte[] canonicalBytes() {
    return canonical().clone();
  }

  /** {@link #canonicalBytes()} without the copy, for this package; callers must not change it. */
  byte[] canonical() {
    byte[] bytes = canonical;
    if (bytes == null) {
      bytes = encode();
      canonical = bytes;
    }
    return bytes;
  }

  private byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeShort(out, pairs.size(), "pair count");
    pairs.forEach(
        (k, v) -> {
          writeField(out, utf8(k));
          writeField(out, utf8(v));
        });
    return out.toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EncryptionContext other && pairs.equals(other.pairs);
  }

  @Override
  public int hashCode() {
    return pairs.hashCode();
  }

  @Override
  public String toString() {
    return pairs.toString();
  }

  private static void writeField(ByteArrayOutputStream out, byte[] field) {
    writeShort(out, field.length, "field length");
    out.writeBytes(field);
  }

  private static void writeShort(ByteArrayOutputStream out, int value, String what) {
    if (value > 0xFFFF) {
      throw new IllegalArgumentException(
          "encryption context " + what + " " + value + " exceeds 65535");
    }
    out.write(value >>> 8);
    out.write(value & 0xFF);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
