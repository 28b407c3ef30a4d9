package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import java.util.Objects;
import java.util.Optional;

/**
 * A RetireGrant request: the grant by token, or by key ARN and grant id.
 *
 * @param caller who calls, and through which service
 * @param dryRun check permissions and parameters without acting
 */
public record RetireGrantRequest(
    Caller caller,
    Optional<String> grantToken,
    Optional<String> keyId,
    Optional<String> grantId,
    boolean dryRun) {

  public RetireGrantRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(grantToken, "grantToken");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(grantId, "grantId");
  }

  public static RetireGrantRequest byToken(Caller caller, String token) {
    return new RetireGrantRequest(
        caller, Optional.of(token), Optional.empty(), Optional.empty(), false);
  }

  public static RetireGrantRequest byId(Caller caller, String keyId, String grantId) {
    return new RetireGrantRequest(
        caller, Optional.empty(), Optional.of(keyId), Optional.of(grantId), false);
  }
}
