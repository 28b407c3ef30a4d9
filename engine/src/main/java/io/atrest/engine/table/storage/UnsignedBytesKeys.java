package io.atrest.engine.table.storage;

import java.util.Arrays;
import java.util.Comparator;
import org.mapdb.serializer.SerializerByteArray;

/**
 * MapDB's byte-array key serializer, with the same order and the same stored form, searched faster.
 * MapDB's own compares byte by byte in a plain loop, and copies a B-tree node's key array before
 * each binary search in it; storage keys that share a long prefix (every key of a table starts with
 * its 36-character id) make both costs count on every lookup. This one compares with {@link
 * Arrays#compareUnsigned(byte[], byte[])} (the same unsigned lexicographic order, a shorter key
 * before its extensions) and searches the node's array in place.
 *
 * <p>Only searching changes, so files written with either serializer read with the other. MapDB
 * does not record a serializer it has no name for, so a store opened with this one uses it.
 */
public final class UnsignedBytesKeys extends SerializerByteArray {
  /** The one instance, for the store and for anything that must store keys the same way. */
  public static final UnsignedBytesKeys INSTANCE = new UnsignedBytesKeys();

  private UnsignedBytesKeys() {}

  @Override
  public int compare(byte[] a, byte[] b) {
    return Arrays.compareUnsigned(a, b);
  }

  @Override
  public int valueArraySearch(Object keys, byte[] key) {
    return Arrays.binarySearch((byte[][]) keys, key, this);
  }

  @Override
  public int valueArraySearch(Object keys, byte[] key, Comparator comparator) {
    @SuppressWarnings("unchecked")
    Comparator<byte[]> order = comparator;
    return Arrays.binarySearch((byte[][]) keys, key, order);
  }
}
