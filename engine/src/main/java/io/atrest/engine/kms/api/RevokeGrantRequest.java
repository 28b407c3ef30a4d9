package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;

/**
 * A RevokeGrant request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param dryRun check permissions and parameters without acting
 */
public record RevokeGrantRequest(Caller caller, String keyId, String grantId, boolean dryRun) {

  public RevokeGrantRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(grantId, "grantId");
  }

  public static RevokeGrantRequest of(Caller caller, String keyId, String grantId) {
    return new RevokeGrantRequest(caller, keyId, grantId, false);
  }
}
