package io.atrest.engine.table.schema;

/** The types a key attribute may have ({@code ScalarAttributeType}). */
public enum ScalarType {
  S,
  N,
  B
}
