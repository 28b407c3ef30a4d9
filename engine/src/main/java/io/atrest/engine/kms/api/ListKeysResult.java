package io.atrest.engine.kms.api;

import java.util.List;

/** The keys of ListKeys. */
public record ListKeysResult(List<KeyListEntry> keys) {

  public ListKeysResult {
    keys = List.copyOf(keys);
  }
}
