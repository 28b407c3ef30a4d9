package io.atrest.engine.kms.api;

import java.util.List;
import java.util.Objects;

/**
 * The keys of ListKeys.
 */
public record ListKeysResult(
    List<KeyListEntry> keys) {

  public ListKeysResult {
    keys = List.copyOf(keys);
  }
}
