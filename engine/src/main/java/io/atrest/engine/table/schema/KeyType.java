package io.atrest.engine.table.schema;

/** The role of a key attribute: partition ({@code HASH}) or sort ({@code RANGE}) key. */
public enum KeyType {
  HASH,
  RANGE
}
