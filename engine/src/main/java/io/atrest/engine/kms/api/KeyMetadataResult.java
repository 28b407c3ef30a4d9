package io.atrest.engine.kms.api;

import io.atrest.engine.kms.KeyMetadata;
import java.util.Objects;

/** The result of CreateKey and DescribeKey: the key's metadata. */
public record KeyMetadataResult(KeyMetadata keyMetadata) {

  public KeyMetadataResult {
    Objects.requireNonNull(keyMetadata, "keyMetadata");
  }
}
