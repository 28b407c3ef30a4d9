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
  // The entry found or made last: a caller repeating itself skips the hashing of its key, and the
  // lock, since the pair is immutable and published whole.
  private volatile Recent<K, V> recent;

  private record Recent<K, V>(K key, V value) {}

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
  public V computeIfAbsent(K key, Function<K, V> make) {
    Recent<K, V> last = recent;
    if (last != null && last.key().equals(key)) {
      return last.value();
    }
    synchronized (this) {
      return computeLocked(key, make);
    }
  }

  private V computeLocked(K key, Function<K, V> make) {
    V value = getLocked(key);
    if (value == null) {
      value = make.apply(key);
      put(key, value);
    }
    return value;
  }

  /** The value remembered for {@code key}, or null. */
  public V get(K key) {
    Recent<K, V> last = recent;
    if (last != null && last.key().equals(key)) {
      return last.value();
    }
    synchronized (this) {
      return getLocked(key);
    }
  }

  private V getLocked(K key) {
    V value = entries.get(key);
    if (value != null) {
      recent = new Recent<>(key, value);
    }
    return value;
  }

  public synchronized void put(K key, V value) {
    entries.put(key, value);
    recent = new Recent<>(key, value);
  }

  public synchronized int size() {
    return entries.size();
  }
}
