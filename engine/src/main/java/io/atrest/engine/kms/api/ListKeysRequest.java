package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A ListKeys request: the keys of the caller's account in this region, one page of them.
 *
 * @param caller who calls, and through which service
 */
public record ListKeysRequest(Caller caller, PageRequest page) {

  public ListKeysRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(page, "page");
  }

  /** The first page at the default size. */
  public ListKeysRequest(Caller caller) {
    this(caller, PageRequest.FIRST);
  }
}
