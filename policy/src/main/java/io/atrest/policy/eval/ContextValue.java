package io.atrest.policy.eval;

import java.util.List;
import java.util.Objects;

/**
 * The value of one condition key in a request. Single-valued keys hold exactly one string (booleans
 * as {@code "true"}/{@code "false"}, numbers in their decimal form); multivalued keys such as
 * {@code kms:EncryptionContextKeys} hold a list, possibly empty.
 */
public record ContextValue(List<String> values, boolean multiValued) {

  public ContextValue {
    values = List.copyOf(values);
    if (!multiValued && values.size() != 1) {
      throw new IllegalArgumentException(
          "a single-valued key holds exactly one value, got " + values);
    }
  }

  public static ContextValue of(String value) {
    return new ContextValue(List.of(Objects.requireNonNull(value, "value")), false);
  }

  public static ContextValue of(boolean value) {
    return of(Boolean.toString(value));
  }

  public static ContextValue ofList(List<String> values) {
    return new ContextValue(values, true);
  }

  /** The single value of a single-valued key. */
  public String single() {
    if (multiValued) {
      throw new IllegalStateException("multivalued key has no single value: " + values);
    }
    return values.get(0);
  }
}
