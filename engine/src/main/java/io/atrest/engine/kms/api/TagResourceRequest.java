package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Map;
import java.util.Objects;

/**
 * A TagResource request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record TagResourceRequest(Caller caller, String keyId, Map<String, String> tags) {

  public TagResourceRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    tags = Map.copyOf(tags);
  }
}
