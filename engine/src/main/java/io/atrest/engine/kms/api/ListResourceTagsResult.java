package io.atrest.engine.kms.api;

import java.util.Map;

/** The tags of a key, sorted by key. */
public record ListResourceTagsResult(Map<String, String> tags) {

  public ListResourceTagsResult {
    tags = Map.copyOf(tags);
  }
}
