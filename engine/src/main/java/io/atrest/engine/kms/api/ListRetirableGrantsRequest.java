package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListRetirableGrants request, one page of them.
 *
 * @param caller who calls, and through which service
 */
public record ListRetirableGrantsRequest(
    Caller caller, String retiringPrincipal, PageRequest page) {

  public ListRetirableGrantsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(retiringPrincipal, "retiringPrincipal");
    Objects.requireNonNull(page, "page");
  }

  /** The first page at the default size. */
  public ListRetirableGrantsRequest(Caller caller, String retiringPrincipal) {
    this(caller, retiringPrincipal, PageRequest.FIRST);
  }
}
