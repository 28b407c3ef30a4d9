package io.atrest.policy.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The condition keys of a request. Key names are case-insensitive, as IAM matches them, including
 * the suffix of parameterised keys such as {@code kms:EncryptionContext:AppName}; the spelling first
 * given is kept for explanations.
 */
public final class RequestContext {

  private static final RequestContext EMPTY = new RequestContext(Map.of());

  private final Map<String, Map.Entry<String, ContextValue>> byLowerKey;

  private RequestContext(Map<String, Map.Entry<String, ContextValue>> byLowerKey) {
    this.byLowerKey = byLowerKey;
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
    Map.Entry<String, ContextValue> entry = byLowerKey.get(key.toLowerCase(Locale.ROOT));
    return entry == null ? Optional.empty() : Optional.of(entry.getValue());
  }

  public boolean contains(String key) {
    return byLowerKey.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** Every key with its value, keys spelled as first given, in insertion order. */
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
