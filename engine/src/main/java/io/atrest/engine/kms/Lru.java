package io.atrest.engine.kms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A small map that forgets its least recently used entry beyond a fixed capacity, for values that
 * are pure functions of their keys (so forgetting one only costs recomputing it). Thread-safe.
 */
final class Lru<K, V> {

  private final Map<K, V> entries;
  // The entry found or made last: a caller repeating itself skips the hashing of its key.
  private K lastKey;
  private V lastValue;

  Lru(int capacity) {
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
  synchronized V computeIfAbsent(K key, Function<K, V> make) {
    V value = get(key);
    if (value == null) {
      value = make.apply(key);
      put(key, value);
    }
    return value;
  }

  /** The value remembered for {@code key}, or null. */
  synchronized V get(K key) {
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

  synchronized void put(K key, V value) {
    entries.put(key, value);
    lastKey = key;
    lastValue = value;
  }

  synchronized int size() {
    return entries.size();
  }
}
