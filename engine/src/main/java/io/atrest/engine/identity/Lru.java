package io.atrest.engine.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small map that forgets its least recently used entry beyond a fixed capacity, for values that
 * are pure functions of their keys (so forgetting one only costs recomputing it). Thread-safe. The
 * KMS and the table store remember authorization decisions and request contexts in it.
 */
public final class Lru<K, V> {

  private final Map<K, V> entries;
  // The entry found or made last: a caller repeating itself skips the hashing of its key.
  private K lastKey;
  private V lastValue;

  public Lru(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity `" + capacity + "` must be at least 1");
    }
    entries =
        new LinkedHashMap<>(capacity * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value remembered for {@code key}, computed by {@code make} (and remembered) if none is. */
  public synchronized V computeIfAbsent(K key, Function<K, V> make) {
    V value = get(key);
    if (value == null) {
      value = make.apply(key);
      put(key, value);
    }
    return value;
  }

  /** The value remembered for {@code key}, or null. */
  public synchronized V get(K key) {
    if (lastKey != null && lastKey.equals(key)) {
      return lastValue;
    }
    V value = entries.get(key);
    if (value != null) {
      lastKey = key;
      lastValue = value;
    }
    return value;
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value);
    lastKey = key;
    lastValue = value;
  }

  public synchronized int size() {
    return entries.size();
  }
}
