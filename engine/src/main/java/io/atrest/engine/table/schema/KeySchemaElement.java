package io.atrest.engine.table.schema;

import java.util.Objects;

/** One element of a key schema ({@code AttributeName}, {@code KeyType}). */
public record KeySchemaElement(String attributeName, KeyType keyType) {
  public KeySchemaElement {
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(keyType, "keyType");
  }
}
