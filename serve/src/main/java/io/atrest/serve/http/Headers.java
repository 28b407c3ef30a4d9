package io.atrest.serve.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header fields of a request: in the order received, and by lower-cased name (names compare
 * case-insensitively, RFC 9110 section 5.1), with a repeated name's values kept in order.
 */
public final class Headers {

  /** One field line as received. */
  public record Field(String name, String value) {}

  private final List<Field> fields;
  private final Map<String, List<String>> byName;

  private Headers(List<Field> fields, Map<String, List<String>> byName) {
    this.fields = fields;
    this.byName = byName;
  }

  public static Headers of(List<Field> fields) {
    Map<String, List<String>> collected = new HashMap<>();
    for (Field f : fields) {
      collected
          .computeIfAbsent(f.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
          .add(f.value());
    }
    Map<String, List<String>> byName = new HashMap<>();
    collected.forEach((k, v) -> byName.put(k, List.copyOf(v)));
    return new Headers(List.copyOf(fields), Map.copyOf(byName));
  }

  public List<Field> fields() {
    return fields;
  }

  /**
   * Every value by lower-cased name, as SigV4 canonicalizes them; immutable, so that {@link
   * io.atrest.serve.auth.SignedRequest} need not copy it again.
   */
  public Map<String, List<String>> byLowerCaseName() {
    return byName;
  }

  /** The values of {@code name} (any case), in the order received. */
  public List<String> all(String name) {
    return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public Optional<String> first(String name) {
    List<String> values = all(name);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
