package io.atrest.policy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One {@code operator -> key -> values} triple of a statement's Condition block, with the pointer
 * of the operator and of the key.
 */
record ConditionEntry(
    String operator, String operatorPointer, String key, String keyPointer, List<Value> values) {

  ConditionEntry {
    values = List.copyOf(values);
  }

  /** One scalar value (string, number or boolean) and its pointer. */
  record Value(String pointer, JsonNode node) {

    /** The value as policy text: strings as they are, numbers and booleans as written. */
    String text() {
      return node.asText();
    }
  }
}
