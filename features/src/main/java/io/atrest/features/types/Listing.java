package io.atrest.features.types;

import java.util.Objects;
import java.util.Optional;

/**
 * A paged KMS listing as a feature file names it: {@code the aliases} (ListAliases of the account),
 * {@code the keys} (ListKeys) or {@code the grants of key "app-key"} (ListGrants of one key). A
 * listing is also the scope a {@code Marker} belongs to.
 *
 * @param kind which List operation
 * @param key the key whose grants are listed, for ListGrants only
 */
public record Listing(Kind kind, Optional<KeyRef> key) {

  /** The regular expression of the {@code {listing}} parameter type (no capture groups). */
  public static final String REGEX = "the aliases|the keys|the grants of key \"[^\"]+\"";

  /** The List operations a scenario can page through. */
  public enum Kind {
    ALIASES("ListAliases"),
    KEYS("ListKeys"),
    GRANTS("ListGrants");

    private final String operation;

    Kind(String operation) {
      this.operation = operation;
    }

    /** The API operation, such as {@code ListAliases}. */
    public String operation() {
      return operation;
    }
  }

  public Listing {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(key, "key");
    if (key.isPresent() != (kind == Kind.GRANTS)) {
      throw new IllegalArgumentException(
          "a listing names a key exactly when it lists grants; "
              + kind.operation()
              + " got "
              + key);
    }
  }

  /** Parses one phrase matched by {@link #REGEX}. */
  public static Listing parse(String phrase) {
    return switch (phrase) {
      case "the aliases" -> new Listing(Kind.ALIASES, Optional.empty());
      case "the keys" -> new Listing(Kind.KEYS, Optional.empty());
      default -> {
        if (!phrase.startsWith("the grants of key \"")) {
          throw new IllegalArgumentException(
              "listing `"
                  + phrase
                  + "` is none of: the aliases, the keys, the grants of key \"NAME\"");
        }
        yield new Listing(
            Kind.GRANTS, Optional.of(KeyRef.parse(phrase.substring("the grants of ".length()))));
      }
    };
  }

  @Override
  public String toString() {
    return key.map(k -> "the grants of " + k)
        .orElse(kind == Kind.ALIASES ? "the aliases" : "the keys");
  }
}
