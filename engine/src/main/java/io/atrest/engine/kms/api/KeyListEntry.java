package io.atrest.engine.kms.api;

import java.util.Objects;

/** One entry of ListKeys. */
public record KeyListEntry(String keyId, String keyArn) {

  public KeyListEntry {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyArn, "keyArn");
  }
}
