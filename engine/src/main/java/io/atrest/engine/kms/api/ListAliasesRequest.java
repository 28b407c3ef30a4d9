package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ListAliases request, optionally for one key, one page of them.
 *
 * @param caller who calls, and through which service
 */
public record ListAliasesRequest(Caller caller, Optional<String> keyId, PageRequest page) {

  public ListAliasesRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(page, "page");
  }

  /** The first page at the default size. */
  public ListAliasesRequest(Caller caller, Optional<String> keyId) {
    this(caller, keyId, PageRequest.FIRST);
  }

  public static ListAliasesRequest all(Caller caller) {
    return new ListAliasesRequest(caller, Optional.empty());
  }

  public ListAliasesRequest withPage(PageRequest value) {
    return new ListAliasesRequest(caller, keyId, value);
  }
}
