package io.atrest.policy.eval;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The condition keys of a request. Key names are case-insensitive, as IAM matches them, including
 * the suffix of parameterised keys such as {@code kms:EncryptionContext:AppName}; the spelling
 * first given is kept for explanations.
 *
 * <p>Evaluation looks keys up for every condition, so a lookup allocates nothing in the common
 * cases: it first tries the key exactly as spelled, then (for the usual handful of keys) compares
 * ignoring case, and only for large contexts builds the lower-case form.
 */
public final class RequestContext {

  private static final int SCAN_LIMIT = 16;
  private static final int LOWER_LIMIT = 1024;
  private static final Map<String, String> LOWER = new ConcurrentHashMap<>();
  private static final RequestContext EMPTY = builder().build();

  private final Map<String, Map.Entry<String, ContextValue>> byLowerKey;
  // Built on the first lookup that is not spelled as given: most lookups are, and a context is
  // built for every request. Racy initialization is benign (every thread builds the same map).
  private @Nullable Map<String, ContextValue> bySpelling;
  // Computed on first use, as bySpelling; 0 means not yet (a real hash of 0 is merely recomputed).
  private int hash;
  // This context without its time keys, made on first use as bySpelling (itself when it has none).
  private @Nullable RequestContext timeless;

  private RequestContext(Map<String, Map.Entry<String, ContextValue>> byLowerKey) {
    this.byLowerKey = byLowerKey;
  }

  private Map<String, ContextValue> bySpelling() {
    Map<String, ContextValue> spelled = bySpelling;
    if (spelled == null) {
      spelled = new HashMap<>();
      for (Map.Entry<String, ContextValue> e : byLowerKey.values()) {
        spelled.put(e.getKey(), e.getValue());
      }
      spelled = Collections.unmodifiableMap(spelled);
      bySpelling = spelled;
    }
    return spelled;
  }

  public static RequestContext empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /** A builder holding this context's keys, to add or replace some. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(byLowerKey));
  }

  public Optional<ContextValue> get(String key) {
    // A key spelled as given is the entry of its lower-case form (each lower-case key has one
    // spelling), so this finds exactly what a lookup by spelling would.
    Map.Entry<String, ContextValue> spelledAsGiven = byLowerKey.get(lower(key));
    if (spelledAsGiven != null && spelledAsGiven.getKey().equals(key)) {
      return Optional.of(spelledAsGiven.getValue());
    }
    Map<String, ContextValue> bySpelling = bySpelling();
    if (bySpelling.size() <= SCAN_LIMIT) {
      for (Map.Entry<String, ContextValue> e : bySpelling.entrySet()) {
        if (e.getKey().equalsIgnoreCase(key)) {
          return Optional.of(e.getValue());
        }
      }
      return Optional.empty();
    }
    Map.Entry<String, ContextValue> entry = byLowerKey.get(key.toLowerCase(Locale.ROOT));
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  /**
   * This context without the keys {@link TimeDependence} counts as time. Remembered: a caller that
   * keys remembered decisions by it asks on every request, usually of one shared context.
   */
  RequestContext withoutTime() {
    RequestContext made = timeless;
    if (made == null) {
      Map<String, Map.Entry<String, ContextValue>> kept = new LinkedHashMap<>(byLowerKey);
      kept.keySet().removeAll(TimeDependence.TIME_KEYS);
      made =
          kept.size() == byLowerKey.size()
              ? this
              : new RequestContext(Collections.unmodifiableMap(kept));
      timeless = made;
    }
    return made;
  }

  public boolean contains(String key) {
    return get(key).isPresent();
  }

  /** Every key with its value, keys spelled as last given, in the order first given. */
  public Map<String, ContextValue> asMap() {
    Map<String, ContextValue> out = new LinkedHashMap<>();
    byLowerKey.values().forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Whether {@code o} is a context with the same keys, each spelled the same and with an equal
   * value; the order keys were given in does not count, as it never changes an evaluation.
   */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    return o instanceof RequestContext other
        && hashCode() == other.hashCode()
        && byLowerKey.equals(other.byLowerKey);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = byLowerKey.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /**
   * {@code key} in lower case. The same few dozen key names are put on every request, so their
   * lower-case forms are remembered (up to {@link #LOWER_LIMIT}, since keys such as {@code
   * kms:EncryptionContext:*} come from callers).
   */
  private static String lower(String key) {
    String known = LOWER.get(key);
    if (known != null) {
      return known;
    }
    String lower = key.toLowerCase(Locale.ROOT);
    if (LOWER.size() < LOWER_LIMIT) {
      LOWER.put(key, lower);
    }
    return lower;
  }

  /** Collects keys; a later {@code put} of the same key (in any case) replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Map.Entry<String, ContextValue>> byLowerKey;

    private Builder(Map<String, Map.Entry<String, ContextValue>> byLowerKey) {
      this.byLowerKey = byLowerKey;
    }

    public Builder put(String key, ContextValue value) {
      byLowerKey.put(lower(key), Map.entry(key, value));
      return this;
    }

    public Builder put(String key, String value) {
      return put(key, ContextValue.of(value));
    }

    /**
     * Puts every key of {@code other}, in its order, as {@code put} of each would; without building
     * {@code other} first or lower-casing its keys again.
     */
    public Builder putAll(Builder other) {
      byLowerKey.putAll(other.byLowerKey);
      return this;
    }

    /** Puts every key of {@code other}, in its order, as {@code put} of each would. */
    public Builder putAll(RequestContext other) {
      byLowerKey.putAll(other.byLowerKey);
      return this;
    }

    public Builder putIfAbsent(String key, ContextValue value) {
      byLowerKey.putIfAbsent(lower(key), Map.entry(key, value));
      return this;
    }

    /** Whether no key has been put yet. */
    public boolean isEmpty() {
      return byLowerKey.isEmpty();
    }

    public RequestContext build() {
      return new RequestContext(Collections.unmodifiableMap(new LinkedHashMap<>(byLowerKey)));
    }
  }
}
