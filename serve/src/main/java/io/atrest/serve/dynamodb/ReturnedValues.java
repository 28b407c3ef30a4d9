package io.atrest.serve.dynamodb;

import io.atrest.engine.table.item.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The {@code Attributes} UpdateItem returns for each {@code ReturnValues} setting. */
final class ReturnedValues {

  private ReturnedValues() {}

  static Map<String, AttributeValue> select(
      String returnValues, Map<String, AttributeValue> old, Map<String, AttributeValue> updated, Set<String> keyNames) {
    return switch (returnValues) {
      case "ALL_OLD" -> old;
      case "ALL_NEW" -> updated;
      case "UPDATED_OLD" -> changed(old, updated, keyNames);
      case "UPDATED_NEW" -> changed(updated, old, keyNames);
      default -> Map.of();
    };
  }

  /** The attributes of {@code from} whose value differs in {@code other}, key attributes aside. */
  private static Map<String, AttributeValue> changed(
      Map<String, AttributeValue> from, Map<String, AttributeValue> other, Set<String> keyNames) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    from.forEach(
        (name, value) -> {
          if (!keyNames.contains(name) && !Objects.equals(value, other.get(name))) {
            out.put(name, value);
          }
        });
    return out;
  }
}
