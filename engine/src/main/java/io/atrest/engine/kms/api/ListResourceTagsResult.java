package io.atrest.engine.kms.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of the tags of a key, in tag-key order. {@code nextMarker} is present exactly when the
 * list is truncated: pass it as the next request's marker for the rest.
 */
public record ListResourceTagsResult(Map<String, String> tags, Optional<String> nextMarker) {

  public ListResourceTagsResult {
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    Objects.requireNonNull(nextMarker, "nextMarker");
  }

  /** A complete (untruncated) list. */
  public ListResourceTagsResult(Map<String, String> tags) {
    this(tags, Optional.empty());
  }

  /** Whether more items follow ({@code Truncated}). */
  public boolean truncated() {
    return nextMarker.isPresent();
  }
}
