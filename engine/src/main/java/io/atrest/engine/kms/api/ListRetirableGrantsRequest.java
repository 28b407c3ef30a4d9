package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListRetirableGrants request.
 *
 * @param caller who calls, and through which service
 */
public record ListRetirableGrantsRequest(Caller caller, String retiringPrincipal) {

  public ListRetirableGrantsRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(retiringPrincipal, "retiringPrincipal");
  }
}
