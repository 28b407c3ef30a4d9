package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.List;
import java.util.Objects;

/**
 * An UntagResource request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 */
public record UntagResourceRequest(Caller caller, String keyId, List<String> tagKeys) {

  public UntagResourceRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    tagKeys = List.copyOf(tagKeys);
  }
}
