package io.atrest.engine.kms.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The paging members every KMS List operation takes: {@code Limit}, the most items one response may
 * hold, and {@code Marker}, the {@code NextMarker} of the previous response. Both are checked by
 * the operation, not here, so that a refused value is refused the way KMS refuses it (and recorded
 * in the trail).
 */
public record PageRequest(Optional<Integer> limit, Optional<String> marker) {

  /** The first page, at the operation's default size. */
  public static final PageRequest FIRST = new PageRequest(Optional.empty(), Optional.empty());

  public PageRequest {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(marker, "marker");
  }

  /** The first page, of at most {@code limit} items. */
  public static PageRequest limit(int limit) {
    return new PageRequest(Optional.of(limit), Optional.empty());
  }

  /** This request for the page after the one that returned {@code nextMarker}. */
  public PageRequest after(String nextMarker) {
    return new PageRequest(limit, Optional.of(nextMarker));
  }
}
