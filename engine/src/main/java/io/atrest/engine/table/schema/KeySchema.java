package io.atrest.engine.table.schema;

import io.atrest.engine.table.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A validated key schema: one {@code HASH} element, then at most one {@code RANGE} element. */
public record KeySchema(String hashKey, Optional<String> rangeKey) {

  public KeySchema {
    java.util.Objects.requireNonNull(hashKey, "hashKey");
    java.util.Objects.requireNonNull(rangeKey, "rangeKey");
  }

  /** Validates the elements in the order DynamoDB requires them. */
  public static KeySchema of(List<KeySchemaElement> elements) {
    if (elements == null || elements.isEmpty() || elements.size() > 2) {
      throw new ValidationException(
          "1 validation error detected: Value '"
              + elements
              + "' at 'keySchema' failed to satisfy constraint: Member must have length less than"
              + " or equal to 2");
    }
    if (elements.get(0).keyType() != KeyType.HASH) {
      throw new ValidationException(
          "Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
    }
    if (elements.size() == 2) {
      KeySchemaElement second = elements.get(1);
      if (second.keyType() != KeyType.RANGE) {
        throw new ValidationException(
            "Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
      }
      if (second.attributeName().equals(elements.get(0).attributeName())) {
        throw new ValidationException(
            "Both the Hash Key and the Range Key element in the KeySchema have the same name");
      }
      return new KeySchema(elements.get(0).attributeName(), Optional.of(second.attributeName()));
    }
    return new KeySchema(elements.get(0).attributeName(), Optional.empty());
  }

  public static KeySchema hash(String hashKey) {
    return new KeySchema(hashKey, Optional.empty());
  }

  public static KeySchema hashRange(String hashKey, String rangeKey) {
    return new KeySchema(hashKey, Optional.of(rangeKey));
  }

  /** The key attribute names, partition key first; unmodifiable. */
  public List<String> attributeNames() {
    return rangeKey.isPresent() ? List.of(hashKey, rangeKey.get()) : List.of(hashKey);
  }

  public List<KeySchemaElement> elements() {
    List<KeySchemaElement> list = new ArrayList<>(2);
    list.add(new KeySchemaElement(hashKey, KeyType.HASH));
    rangeKey.ifPresent(r -> list.add(new KeySchemaElement(r, KeyType.RANGE)));
    return list;
  }
}
