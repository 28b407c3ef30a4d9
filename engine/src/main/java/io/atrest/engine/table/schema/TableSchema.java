package io.atrest.engine.table.schema;

import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A table's keys and indexes, validated as CreateTable validates them, and the key checks that
 * every data-plane request applies to items and keys.
 */
public record TableSchema(
    KeySchema keySchema,
    List<AttributeDefinition> attributeDefinitions,
    List<SecondaryIndex> indexes) {
  private static final String INVALID = "One or more parameter values were invalid: ";

  public TableSchema {
    attributeDefinitions = List.copyOf(attributeDefinitions);
    indexes = List.copyOf(indexes);
    validate(keySchema, attributeDefinitions, indexes);
  }

  private static void validate(
      KeySchema keySchema, List<AttributeDefinition> defs, List<SecondaryIndex> indexes) {
    Map<String, ScalarType> types = new LinkedHashMap<>();
    for (AttributeDefinition d : defs) {
      if (types.put(d.attributeName(), d.attributeType()) != null) {
        throw new ValidationException(
            INVALID + "Duplicate AttributeName in AttributeDefinitions: " + d.attributeName());
      }
    }
    Set<String> keyAttributes = new HashSet<>(keySchema.attributeNames());
    Set<String> indexNames = new HashSet<>();
    for (SecondaryIndex index : indexes) {
      keyAttributes.addAll(index.keySchema().attributeNames());
      if (!indexNames.add(index.indexName())) {
        throw new ValidationException(INVALID + "Duplicate index name: " + index.indexName());
      }
      if (index.kind() == SecondaryIndex.Kind.LOCAL
          && (!index.keySchema().hashKey().equals(keySchema.hashKey())
              || index.keySchema().rangeKey().isEmpty())) {
        throw new ValidationException(
            INVALID
                + "Table KeySchema does not have a range key, which is required when specifying a"
                + " LocalSecondaryIndex");
      }
    }
    if (!types.keySet().containsAll(keyAttributes)) {
      throw new ValidationException(
          INVALID
              + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
              + keyAttributes.stream().sorted().toList()
              + ", AttributeDefinitions: "
              + types.keySet().stream().sorted().toList());
    }
    if (types.size() != keyAttributes.size()) {
      throw new ValidationException(
          INVALID
              + "Number of attributes in KeySchema does not exactly match number of attributes"
              + " defined in AttributeDefinitions");
    }
  }

  public ScalarType typeOf(String attributeName) {
    // A loop, not a stream: every item written or key looked up comes through here.
    for (AttributeDefinition d : attributeDefinitions) {
      if (d.attributeName().equals(attributeName)) {
        return d.attributeType();
      }
    }
    throw new IllegalStateException("undefined attribute `" + attributeName + "`");
  }

  public Optional<SecondaryIndex> index(String indexName) {
    return indexes.stream().filter(i -> i.indexName().equals(indexName)).findFirst();
  }

  /** The primary key of an item being written (PutItem), with PutItem's messages. */
  public PrimaryKey keyOfItem(Map<String, AttributeValue> item) {
    for (String name : keySchema.attributeNames()) {
      AttributeValue v = item.get(name);
      if (v == null) {
        throw new ValidationException(INVALID + "Missing the key " + name + " in the item");
      }
      requireKeyType(name, v, typeOf(name));
    }
    return new PrimaryKey(item.get(keySchema.hashKey()), keySchema.rangeKey().map(item::get));
  }

  /** The primary key named by a {@code Key} parameter (Get/Update/DeleteItem, batches). */
  public PrimaryKey keyOf(Map<String, AttributeValue> key) {
    if (key.size() != keySchema.attributeNames().size()) {
      throw new ValidationException("The provided key element does not match the schema");
    }
    for (String name : keySchema.attributeNames()) {
      AttributeValue v = key.get(name);
      if (v == null || !v.type().equals(typeOf(name).name())) {
        throw new ValidationException("The provided key element does not match the schema");
      }
      requireNotEmpty(name, v);
    }
    return new PrimaryKey(key.get(keySchema.hashKey()), keySchema.rangeKey().map(key::get));
  }

  /** The index key of an item, or empty when the item lacks it (sparse index). */
  public Optional<PrimaryKey> indexKeyOfItem(
      SecondaryIndex index, Map<String, AttributeValue> item) {
    KeySchema ks = index.keySchema();
    for (String name : ks.attributeNames()) {
      AttributeValue v = item.get(name);
      if (v == null) {
        return Optional.empty();
      }
      ScalarType expected = typeOf(name);
      if (!v.type().equals(expected.name())) {
        throw new ValidationException(
            INVALID
                + "Type mismatch for Index Key "
                + name
                + " Expected: "
                + expected
                + " Actual: "
                + v.type()
                + " IndexName: "
                + index.indexName());
      }
    }
    return Optional.of(new PrimaryKey(item.get(ks.hashKey()), ks.rangeKey().map(item::get)));
  }

  private static void requireKeyType(String name, AttributeValue v, ScalarType expected) {
    if (!v.type().equals(expected.name())) {
      throw new ValidationException(
          INVALID
              + "Type mismatch for key "
              + name
              + " expected: "
              + expected
              + " actual: "
              + v.type());
    }
    requireNotEmpty(name, v);
  }

  private static void requireNotEmpty(String name, AttributeValue v) {
    boolean empty =
        (v instanceof AttributeValue.S s && s.value().isEmpty())
            || (v instanceof AttributeValue.B b && b.value().length() == 0);
    if (empty) {
      throw new ValidationException(
          "One or more parameter values are not valid. The AttributeValue for a key attribute"
              + " cannot contain an empty "
              + (v instanceof AttributeValue.S ? "string" : "binary")
              + " value. Key: "
              + name);
    }
  }
}
