package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the grants of ListGrants or ListRetirableGrants. {@code nextMarker} is present
 * exactly when the list is truncated: pass it as the next request's marker for the rest.
 */
public record ListGrantsResult(List<GrantListEntry> grants, Optional<String> nextMarker) {

  public ListGrantsResult {
    grants = List.copyOf(grants);
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListGrantsResult(List<GrantListEntry> grants) {
    this(grants, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
