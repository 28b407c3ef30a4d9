package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListKeys request: the keys of the caller's account in this region.
 *
 * @param caller who calls, and through which service
 */
public record ListKeysRequest(Caller caller) {

  public ListKeysRequest {
    Objects.requireNonNull(caller, "caller");
  }
}
