package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the keys of ListKeys. {@code nextMarker} is present exactly when the list is
 * truncated: pass it as the next request's marker for the rest.
 */
public record ListKeysResult(List<KeyListEntry> keys, Optional<String> nextMarker) {

  public ListKeysResult {
    keys = List.copyOf(keys);
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListKeysResult(List<KeyListEntry> keys) {
    this(keys, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
