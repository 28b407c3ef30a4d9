package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;

/**
 * The completed rotations of a key, oldest first.
 */
public record ListKeyRotationsResult(
    List<RotationListEntry> rotations) {

  public ListKeyRotationsResult {
    rotations = List.copyOf(rotations);
  }
}
