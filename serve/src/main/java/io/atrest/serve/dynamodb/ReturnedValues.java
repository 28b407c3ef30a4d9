package io.atrest.serve.dynamodb;

import io.atrest.engine.table.UpdatedItem;
import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;

/** The {@code Attributes} UpdateItem returns for each {@code ReturnValues} setting. */
final class ReturnedValues {

  private ReturnedValues() {}

  static Map<String, AttributeValue> select(String returnValues, UpdatedItem result) {
    return switch (returnValues) {
      case "ALL_OLD" -> result.old().orElse(Map.of());
      case "ALL_NEW" -> result.updated();
      case "UPDATED_OLD" -> result.updatedOld();
      case "UPDATED_NEW" -> result.updatedNew();
      default -> Map.of();
    };
  }
}
