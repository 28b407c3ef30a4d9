package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the completed rotations of a key, oldest first. {@code nextMarker} is present exactly
 * when the list is truncated: pass it as the next request's marker for the rest.
 */
public record ListKeyRotationsResult(
    List<RotationListEntry> rotations, Optional<String> nextMarker) {

  public ListKeyRotationsResult {
    rotations = List.copyOf(rotations);
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListKeyRotationsResult(List<RotationListEntry> rotations) {
    this(rotations, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
