package io.atrest.engine.kms.api;

import java.util.List;

/** The completed rotations of a key, oldest first. */
public record ListKeyRotationsResult(List<RotationListEntry> rotations) {

  public ListKeyRotationsResult {
    rotations = List.copyOf(rotations);
  }
}
