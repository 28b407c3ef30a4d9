package io.atrest.engine.table.schema;

import java.util.Objects;

/** A local or global secondary index: its name, key schema and projection. */
public record SecondaryIndex(
    String indexName, Kind kind, KeySchema keySchema, Projection projection) {
  /** Local indexes share the table's partition key; global ones have their own. */
  public enum Kind {
    LOCAL,
    GLOBAL
  }

  public SecondaryIndex {
    TableNames.requireValid(indexName);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(keySchema, "keySchema");
    Objects.requireNonNull(projection, "projection");
  }
}
