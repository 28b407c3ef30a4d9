package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ListAliases request, optionally for one key.
 *
 * @param caller who calls, and through which service
 */
public record ListAliasesRequest(Caller caller, Optional<String> keyId) {

  public ListAliasesRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
  }

  public static ListAliasesRequest all(Caller caller) {
    return new ListAliasesRequest(caller, Optional.empty());
  }
}
