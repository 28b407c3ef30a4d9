package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * An UpdateAlias request.
 *
 * @param caller who calls, and through which service
 * @param targetKeyId key id or key ARN
 */
public record UpdateAliasRequest(Caller caller, String aliasName, String targetKeyId) {

  public UpdateAliasRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(targetKeyId, "targetKeyId");
  }
}
