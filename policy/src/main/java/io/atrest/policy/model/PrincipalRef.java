package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.Objects;

/**
 * One principal named by a policy, classified when the policy is parsed so that evaluation does no
 * string parsing. The set is closed: the forms IAM documents for resource policies [IAM-PRINC],
 * plus {@link Unrecognized} for values no AWS principal can have (kept so that the validator can
 * report them; they match nobody).
 */
public sealed interface PrincipalRef {

  /** The value as written in the policy. */
  String text();

  SourceLocation location();

  /** The principal-map key the value sits under, such as {@code AWS} or {@code Service}. */
  PrincipalType type();

  /** The key of a principal map entry. */
  enum PrincipalType {
    ANYONE("*"),
    AWS("AWS"),
    SERVICE("Service"),
    FEDERATED("Federated"),
    CANONICAL_USER("CanonicalUser");

    private final String json;

    PrincipalType(String json) {
      this.json = json;
    }

    public String json() {
      return json;
    }
  }

  /**
   * Everyone, anonymous callers included: {@code "Principal": "*"} and {@code {"AWS": "*"}} are
   * equivalent [IAM-PRINC].
   */
  record Anyone(PrincipalType type, SourceLocation location) implements PrincipalRef {
    public Anyone {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public String text() {
      return "*";
    }
  }

  /**
   * An account, as {@code 123456789012} or {@code arn:aws:iam::123456789012:root}: the account and
   * every principal in it, not only its root user [KMS-KPO].
   */
  record Account(String accountId, String text, SourceLocation location) implements PrincipalRef {
    public Account {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public PrincipalType type() {
      return PrincipalType.AWS;
    }

    /** The canonical form KMS delegates to, {@code arn:aws:iam::ACCOUNT:root}. */
    public String rootArn() {
      return "arn:aws:iam::" + accountId + ":root";
    }
  }

  /** An IAM user ARN; the name (with any path) is case-sensitive. */
  record User(String accountId, String text, SourceLocation location) implements PrincipalRef {
    public User {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public PrincipalType type() {
      return PrincipalType.AWS;
    }
  }

  /**
   * An IAM role ARN; it matches the role and every session of the role [IAM-PRINC]. Sessions name
   * the role without its path, so {@code roleName} is the last segment of the ARN.
   */
  record Role(String accountId, String roleName, String text, SourceLocation location)
      implements PrincipalRef {
    public Role {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(roleName, "roleName");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public PrincipalType type() {
      return PrincipalType.AWS;
    }
  }

  /**
   * A session ARN {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION} or {@code
   * arn:aws:sts::ACCOUNT:federated-user/NAME}; it matches exactly that session.
   */
  record Session(String accountId, String text, SourceLocation location) implements PrincipalRef {
    public Session {
      Objects.requireNonNull(accountId, "accountId");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public PrincipalType type() {
      return PrincipalType.AWS;
    }
  }

  /** A service principal such as {@code dynamodb.amazonaws.com}. */
  record Service(String text, SourceLocation location) implements PrincipalRef {
    public Service {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }

    @Override
    public PrincipalType type() {
      return PrincipalType.SERVICE;
    }
  }

  /**
   * A value that names no principal this model can be: a {@code Federated} or {@code CanonicalUser}
   * identity, an IAM group, a partial wildcard such as {@code arn:aws:iam::*:role/x} (not a pattern
   * [IAM-PRINC]), or text that is no ARN. It matches nobody.
   */
  record Unrecognized(PrincipalType type, String text, SourceLocation location)
      implements PrincipalRef {
    public Unrecognized {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }
}
