package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A ListGrants request, optionally filtered, one page of them.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record ListGrantsRequest(
    Caller caller,
    String keyId,
    Optional<String> grantId,
    Optional<String> granteePrincipal,
    PageRequest page) {

  public ListGrantsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
    Objects.requireNonNull(page, "page");
  }

  /** The first page at the default size. */
  public ListGrantsRequest(
      Caller caller, String keyId, Optional<String> grantId, Optional<String> granteePrincipal) {
    this(caller, keyId, grantId, granteePrincipal, PageRequest.FIRST);
  }

  public static ListGrantsRequest of(Caller caller, String keyId) {
    return new ListGrantsRequest(caller, keyId, Optional.empty(), Optional.empty());
  }

  public ListGrantsRequest withPage(PageRequest value) {
    return new ListGrantsRequest(caller, keyId, grantId, granteePrincipal, value);
  }
}
