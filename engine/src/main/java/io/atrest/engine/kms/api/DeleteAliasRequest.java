package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A DeleteAlias request.
 *
 * @param caller who calls, and through which service
 */
public record DeleteAliasRequest(Caller caller, String aliasName) {

  public DeleteAliasRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(aliasName, "aliasName");
  }
}
