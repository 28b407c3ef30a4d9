package io.atrest.engine.kms.api;

import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One grant as ListGrants shows it.
 *
 * @param keyId the key ARN
 * @param issuingAccount {@code arn:aws:iam::ACCOUNT:root}
 */
public record GrantListEntry(
    String keyId,
    String grantId,
    Optional<String> name,
    Instant creationDate,
    String granteePrincipal,
    Optional<String> retiringPrincipal,
    String issuingAccount,
    List<GrantOperation> operations,
    Optional<GrantConstraints> constraints) {

  public GrantListEntry {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
    Objects.requireNonNull(retiringPrincipal, "retiringPrincipal");
    Objects.requireNonNull(issuingAccount, "issuingAccount");
    operations = List.copyOf(operations);
    Objects.requireNonNull(constraints, "constraints");
  }
}
