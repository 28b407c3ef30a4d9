package io.atrest.engine.kms.grant;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A grant as stored. Tokens are kept so that a token can be checked and can name the grant in
 * RetireGrant; all tokens of a grant are interchangeable.
 *
 * @param forAwsResource whether an integrated service created it on a principal's behalf (the value
 *     of {@code kms:GrantIsForAWSResource})
 */
public record GrantRecord(
    String grantId,
    String keyId,
    String keyArn,
    String name,
    Instant creationDate,
    String granteePrincipal,
    String retiringPrincipal,
    String issuingAccount,
    List<GrantOperation> operations,
    GrantConstraints constraints,
    List<String> tokens,
    boolean forAwsResource)
    implements Serializable {

  public GrantRecord {
    Objects.requireNonNull(grantId, "grantId");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(keyArn, "keyArn");
    Objects.requireNonNull(creationDate, "creationDate");
    Objects.requireNonNull(granteePrincipal, "granteePrincipal");
    Objects.requireNonNull(issuingAccount, "issuingAccount");
    operations = List.copyOf(operations);
    tokens = List.copyOf(tokens);
  }

  public Optional<String> nameOpt() {
    return Optional.ofNullable(name);
  }

  public Optional<String> retiringPrincipalOpt() {
    return Optional.ofNullable(retiringPrincipal);
  }

  public Optional<GrantConstraints> constraintsOpt() {
    return Optional.ofNullable(constraints);
  }

  public boolean allows(GrantOperation operation) {
    return operations.contains(operation);
  }

  /** This grant with one more token. */
  public GrantRecord withToken(String token) {
    List<String> more = new java.util.ArrayList<>(tokens);
    more.add(token);
    return new GrantRecord(
        grantId,
        keyId,
        keyArn,
        name,
        creationDate,
        granteePrincipal,
        retiringPrincipal,
        issuingAccount,
        operations,
        constraints,
        more,
        forAwsResource);
  }
}
