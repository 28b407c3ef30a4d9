package io.atrest.engine.table.schema;

import io.atrest.engine.table.item.AttributeValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The key values of one item under a key schema (partition value, optional sort value). */
public record PrimaryKey(AttributeValue hash, Optional<AttributeValue> range) {
  public PrimaryKey {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(range, "range");
  }

  /** The key as the attribute map DynamoDB returns ({@code LastEvaluatedKey}, batch keys). */
  public Map<String, AttributeValue> asMap(KeySchema schema) {
    Map<String, AttributeValue> map = new LinkedHashMap<>();
    map.put(schema.hashKey(), hash);
    schema.rangeKey().ifPresent(r -> map.put(r, range.orElseThrow()));
    return map;
  }
}
