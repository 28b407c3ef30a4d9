package io.atrest.engine.table.schema;

import java.util.Objects;

/** Declares the type of an attribute used in a key schema ({@code AttributeDefinition}). */
public record AttributeDefinition(String attributeName, ScalarType attributeType) {
  public AttributeDefinition {
    Objects.requireNonNull(attributeName, "attributeName");
    Objects.requireNonNull(attributeType, "attributeType");
  }
}
