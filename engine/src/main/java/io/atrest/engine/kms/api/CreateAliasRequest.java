package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A CreateAlias request.
 *
 * @param caller who calls, and through which service
 * @param aliasName must start with {@code alias/}
 * @param targetKeyId key id or key ARN
 */
public record CreateAliasRequest(Caller caller, String aliasName, String targetKeyId) {

  public CreateAliasRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(aliasName, "aliasName");
    Objects.requireNonNull(targetKeyId, "targetKeyId");
  }
}
