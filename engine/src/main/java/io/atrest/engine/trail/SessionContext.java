package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The {@code userIdentity.sessionContext} of a temporary-credential caller: when the session began,
 * whether it was MFA-authenticated, and the role (or user) that issued it.
 */
public record SessionContext(Attributes attributes, SessionIssuer sessionIssuer) {

  public SessionContext {
    Objects.requireNonNull(attributes, "sessionContext.attributes");
    Objects.requireNonNull(sessionIssuer, "sessionContext.sessionIssuer");
  }

  /**
   * {@code sessionContext.attributes}. CloudTrail writes {@code mfaAuthenticated} as the string
   * {@code "true"}/{@code "false"}, not a JSON boolean.
   */
  public record Attributes(Instant creationDate, boolean mfaAuthenticated) {
    public Attributes {
      Objects.requireNonNull(creationDate, "sessionContext.attributes.creationDate");
      creationDate = creationDate.truncatedTo(ChronoUnit.SECONDS);
    }

    ObjectNode toJson() {
      ObjectNode node = TrailJson.NODES.objectNode();
      node.put("mfaAuthenticated", Boolean.toString(mfaAuthenticated));
      node.put("creationDate", TrailJson.time(creationDate));
      return node;
    }
  }

  /** {@code sessionContext.sessionIssuer}: the role, user or root that issued the session. */
  public record SessionIssuer(
      IdentityType type, String principalId, String arn, String accountId, String userName) {
    public SessionIssuer {
      Objects.requireNonNull(type, "sessionIssuer.type");
      if (type != IdentityType.ROLE && type != IdentityType.IAM_USER && type != IdentityType.ROOT) {
        throw new IllegalArgumentException(
            "sessionIssuer.type must be Role, IAMUser or Root, not `" + type.json() + "`");
      }
      TrailJson.require(principalId, "sessionIssuer.principalId");
      TrailJson.require(arn, "sessionIssuer.arn");
      TrailJson.require(accountId, "sessionIssuer.accountId");
    }

    /** The issuer of an assumed-role session: the role {@code arn:aws:iam::ACCOUNT:role/NAME}. */
    public static SessionIssuer role(String roleId, String accountId, String roleName) {
      return new SessionIssuer(
          IdentityType.ROLE,
          roleId,
          "arn:aws:iam::" + accountId + ":role/" + roleName,
          accountId,
          roleName);
    }

    ObjectNode toJson() {
      ObjectNode node = TrailJson.NODES.objectNode();
      node.put("type", type.json());
      node.put("principalId", principalId);
      node.put("arn", arn);
      node.put("accountId", accountId);
      TrailJson.putIfPresent(node, "userName", userName);
      return node;
    }
  }

  ObjectNode toJson() {
    ObjectNode node = TrailJson.NODES.objectNode();
    node.set("attributes", attributes.toJson());
    node.set("sessionIssuer", sessionIssuer.toJson());
    return node;
  }
}
