package io.atrest.engine.kms.api;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A CreateGrant request.
 *
 * @param caller who calls, and through which service
 * @param keyId the key: key id, key ARN, alias name or alias ARN where the operation accepts each
 * @param grantTokens grant tokens of grants not yet consistent (validated)
 * @param name idempotency name
 * @param dryRun check permissions and parameters without acting
 */
public record CreateGrantRequest(
    Caller caller,
    String keyId,
    String granteePrincipal,
    Optional<String> retiringPrincipal,
    List<GrantOperation> operations,
    Optional<GrantConstraints> constraints,
    List<String> grantTokens,
    Optional<String> name,
    boolean dryRun) {

  public CreateGrantRequest {
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
    Objects.requireNonNull(retiringPrincipal, "retiringPrincipal");
    operations = List.copyOf(operations);
    Objects.requireNonNull(constraints, "constraints");
    grantTokens = List.copyOf(grantTokens);
    Objects.requireNonNull(name, "name");
  }

  public static CreateGrantRequest of(
      Caller caller, String keyId, String grantee, List<GrantOperation> operations) {
    return new CreateGrantRequest(
        caller,
        keyId,
        grantee,
        Optional.empty(),
        operations,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        false);
  }

  public CreateGrantRequest withConstraints(GrantConstraints value) {
    return new CreateGrantRequest(
        caller,
        keyId,
        granteePrincipal,
        retiringPrincipal,
        operations,
        Optional.of(value),
        grantTokens,
        name,
        dryRun);
  }

  public CreateGrantRequest withRetiringPrincipal(String value) {
    return new CreateGrantRequest(
        caller,
        keyId,
        granteePrincipal,
        Optional.of(value),
        operations,
        constraints,
        grantTokens,
        name,
        dryRun);
  }

  public CreateGrantRequest withName(String value) {
    return new CreateGrantRequest(
        caller,
        keyId,
        granteePrincipal,
        retiringPrincipal,
        operations,
        constraints,
        grantTokens,
        Optional.of(value),
        dryRun);
  }

  public CreateGrantRequest withGrantTokens(List<String> value) {
    return new CreateGrantRequest(
        caller,
        keyId,
        granteePrincipal,
        retiringPrincipal,
        operations,
        constraints,
        value,
        name,
        dryRun);
  }
}
