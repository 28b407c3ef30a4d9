package io.atrest.policy.eval;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who makes a request. The set is closed: the principal forms a KMS key policy can name, plus the
 * sessions and service principals that call.
 */
public sealed interface Principal
    permits Principal.AccountRoot,
        Principal.IamUser,
        Principal.IamRole,
        Principal.AssumedRoleSession,
        Principal.ServicePrincipal {

  /** The ARN (or, for a service, the service principal name) that identifies the caller. */
  String arn();

  /** The caller's account; empty for service principals, which belong to no customer account. */
  Optional<String> account();

  /**
   * The value of {@code aws:PrincipalArn}: for a role session this is the role's ARN, not the
   * session's, which is how a key policy naming a role matches its sessions.
   */
  default String principalArn() {
    return arn();
  }

  /**
   * The principal type as CloudTrail names it in {@code userIdentity.type} ({@code
   * aws:PrincipalType} uses other names).
   */
  String type();

  Pattern IAM = Pattern.compile("arn:aws:iam::(\\d{12}):(root|user/(.+)|role/(.+))");
  Pattern STS = Pattern.compile("arn:aws:sts::(\\d{12}):assumed-role/([^/]+)/([^/]+)");
  Pattern SERVICE = Pattern.compile("[a-z0-9][a-z0-9.-]*\\.amazonaws\\.com(\\.cn)?");

  /**
   * Parses a principal from the forms the CLI and steps accept: an IAM user, role or root ARN, an
   * assumed-role session ARN, or a service principal name such as {@code dynamodb.amazonaws.com}.
   *
   * @throws IllegalArgumentException naming the value and the forms accepted
   */
  static Principal parse(String value) {
    Matcher iam = IAM.matcher(value);
    if (iam.matches()) {
      String account = iam.group(1);
      if (iam.group(2).equals("root")) {
        return new AccountRoot(account);
      }
      return iam.group(3) != null
          ? new IamUser(account, iam.group(3))
          : new IamRole(account, iam.group(4));
    }
    Matcher sts = STS.matcher(value);
    if (sts.matches()) {
      return new AssumedRoleSession(sts.group(1), sts.group(2), sts.group(3));
    }
    if (SERVICE.matcher(value).matches()) {
      return new ServicePrincipal(value);
    }
    throw new IllegalArgumentException(
        "principal `"
            + value
            + "` is not an IAM user, role or root ARN, an assumed-role session"
            + " ARN (arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION) or a service principal"
            + " (such as dynamodb.amazonaws.com)");
  }

  /** The account as a whole: {@code arn:aws:iam::ACCOUNT:root}. */
  record AccountRoot(String accountId) implements Principal {
    @Override
    public String arn() {
      String known = RememberedArn.ARN.of(this);
      return known != null
          ? known
          : RememberedArn.ARN.remember(this, "arn:aws:iam::" + accountId + ":root");
    }

    @Override
    public Optional<String> account() {
      return Optional.of(accountId);
    }

    @Override
    public String type() {
      return "Root";
    }
  }

  /** An IAM user; {@code name} may carry a path ({@code division/alice}). */
  record IamUser(String accountId, String name) implements Principal {
    @Override
    public String arn() {
      String known = RememberedArn.ARN.of(this);
      return known != null
          ? known
          : RememberedArn.ARN.remember(this, "arn:aws:iam::" + accountId + ":user/" + name);
    }

    @Override
    public Optional<String> account() {
      return Optional.of(accountId);
    }

    @Override
    public String type() {
      return "IAMUser";
    }

    /** The user name without its path, the value of {@code aws:username}. */
    public String userName() {
      return name.substring(name.lastIndexOf('/') + 1);
    }
  }

  /**
   * An IAM role used directly as a principal (policies name roles; callers are usually sessions).
   */
  record IamRole(String accountId, String name) implements Principal {
    @Override
    public String arn() {
      String known = RememberedArn.ARN.of(this);
      return known != null
          ? known
          : RememberedArn.ARN.remember(this, "arn:aws:iam::" + accountId + ":role/" + name);
    }

    @Override
    public Optional<String> account() {
      return Optional.of(accountId);
    }

    @Override
    public String type() {
      return "Role";
    }
  }

  /** A session of an assumed role: {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}. */
  record AssumedRoleSession(String accountId, String roleName, String sessionName)
      implements Principal {
    @Override
    public String arn() {
      String known = RememberedArn.ARN.of(this);
      return known != null
          ? known
          : RememberedArn.ARN.remember(
              this, "arn:aws:sts::" + accountId + ":assumed-role/" + roleName + "/" + sessionName);
    }

    @Override
    public String principalArn() {
      return roleArn();
    }

    public String roleArn() {
      String known = RememberedArn.ROLE_ARN.of(this);
      return known != null
          ? known
          : RememberedArn.ROLE_ARN.remember(
              this, "arn:aws:iam::" + accountId + ":role/" + roleName);
    }

    @Override
    public Optional<String> account() {
      return Optional.of(accountId);
    }

    @Override
    public String type() {
      return "AssumedRole";
    }
  }

  /** An AWS service calling on its own account, such as {@code dynamodb.amazonaws.com}. */
  record ServicePrincipal(String name) implements Principal {
    @Override
    public String arn() {
      return name;
    }

    @Override
    public Optional<String> account() {
      return Optional.empty();
    }

    @Override
    public String type() {
      return "AWSService";
    }
  }
}
