package io.atrest.engine.kms.api;

import io.atrest.engine.crypto.SecretBytes;
import java.util.Objects;

/** Random bytes. */
public record GenerateRandomResult(SecretBytes plaintext) {

  public GenerateRandomResult {
    Objects.requireNonNull(plaintext, "plaintext");
  }
}
