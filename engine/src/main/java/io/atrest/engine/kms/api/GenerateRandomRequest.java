package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A GenerateRandom request.
 *
 * @param caller who calls, and through which service
 * @param numberOfBytes 1 to 1024
 */
public record GenerateRandomRequest(Caller caller, int numberOfBytes) {

  public GenerateRandomRequest {
    Objects.requireNonNull(caller, "caller");
  }
}
