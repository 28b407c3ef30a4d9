package io.atrest.engine.table.schema;

import java.util.List;
import java.util.Objects;

/** Which attributes a secondary index copies ({@code ProjectionType}, {@code NonKeyAttributes}). */
public record Projection(Type projectionType, List<String> nonKeyAttributes) {
  /** {@code ProjectionType}. */
  public enum Type {
    ALL,
    KEYS_ONLY,
    INCLUDE
  }

  public Projection {
    Objects.requireNonNull(projectionType, "projectionType");
    nonKeyAttributes = List.copyOf(nonKeyAttributes);
  }

  public static Projection all() {
    return new Projection(Type.ALL, List.of());
  }
}
