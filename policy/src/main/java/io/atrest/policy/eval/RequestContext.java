package io.atrest.policy.eval;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

  private static final RequestContext EMPTY = builder().build();
  private static final int SCAN_LIMIT = 16;

  private final Map<String, Map.Entry<String, ContextValue>> byLowerKey;
  private final Map<String, ContextValue> bySpelling;

  private RequestContext(Map<String, Map.Entry<String, ContextValue>> byLowerKey) {
    this.byLowerKey = byLowerKey;
    Map<String, ContextValue> spelled = new HashMap<>();
    byLowerKey.values().forEach(e -> spelled.put(e.getKey(), e.getValue()));
    this.bySpelling = spelled;
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
    ContextValue exact = bySpelling.get(key);
    if (exact != null) {
      return Optional.of(exact);
    }
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

  public boolean contains(String key) {
    return get(key).isPresent();
  }

  /** Every key with its value, keys spelled as last given, in the order first given. */
  public Map<String, ContextValue> asMap() {
    Map<String, ContextValue> out = new LinkedHashMap<>();
    byLowerKey.values().forEach(e -> out.put(e.getKey(), e.getValue()));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /** Collects keys; a later {@code put} of the same key (in any case) replaces the earlier one. */
  public static final class Builder {
    private final Map<String, Map.Entry<String, ContextValue>> byLowerKey;

    private Builder(Map<String, Map.Entry<String, ContextValue>> byLowerKey) {
      this.byLowerKey = byLowerKey;
    }

    public Builder put(String key, ContextValue value) {
      byLowerKey.put(key.toLowerCase(Locale.ROOT), Map.entry(key, value));
      return this;
    }

    public Builder put(String key, String value) {
      return put(key, ContextValue.of(value));
    }

    public Builder putIfAbsent(String key, ContextValue value) {
      byLowerKey.putIfAbsent(key.toLowerCase(Locale.ROOT), Map.entry(key, value));
      return this;
    }

    public RequestContext build() {
      return new RequestContext(Collections.unmodifiableMap(new LinkedHashMap<>(byLowerKey)));
    }
  }
}
