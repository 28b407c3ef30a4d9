package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * The value of a {@code Resource} or {@code NotResource} element: patterns that are alternatives.
 */
public record ResourceSpec(List<ResourcePattern> patterns, SourceLocation location) {

  public ResourceSpec {
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(location, "location");
  }
}
