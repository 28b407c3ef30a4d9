package io.atrest.engine.kms.api;

import java.util.Objects;

/** The id of the grant and a fresh token for it. */
public record CreateGrantResult(String grantId, String grantToken) {

  public CreateGrantResult {
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(grantToken, "grantToken");
  }
}
