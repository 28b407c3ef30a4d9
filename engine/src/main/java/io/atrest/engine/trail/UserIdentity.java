package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The {@code userIdentity} element of a record: who made the request, and through which service.
 * Every component is optional (null when absent, and then omitted from the JSON), because
 * CloudTrail's forms differ: a service calling for itself is {@code {type: AWSService, invokedBy}},
 * an automatic action is {@code {accountId, invokedBy: "AWS Internal"}} without a type, and a user
 * calling through DynamoDB is the user's full identity plus {@code invokedBy}.
 *
 * @param type the identity type; null only in the {@link EventType#AWS_SERVICE_EVENT} form
 * @param principalId the unique id (for sessions {@code ROLEID:SessionName})
 * @param arn the caller's ARN (for sessions {@code arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION})
 * @param accountId the account that owns the caller
 * @param accessKeyId the access key the request was signed with
 * @param userName the friendly name, for IAM users (and the account alias for Root, if set)
 * @param invokedBy the service that made the request on the caller's behalf, or {@code AWS
 *     Internal}
 * @param sessionContext the session details of temporary credentials
 */
public record UserIdentity(
    IdentityType type,
    String principalId,
    String arn,
    String accountId,
    String accessKeyId,
    String userName,
    String invokedBy,
    SessionContext sessionContext) {

  /** The {@code invokedBy} value of actions KMS takes by itself. */
  public static final String AWS_INTERNAL = "AWS Internal";

  public UserIdentity {
    if (type == null) {
      // INVARIANT: the only untyped form is the AwsServiceEvent one.
      TrailJson.require(accountId, "userIdentity.accountId (of an identity without type)");
      TrailJson.require(invokedBy, "userIdentity.invokedBy (of an identity without type)");
    } else if (type == IdentityType.AWS_SERVICE) {
      TrailJson.require(invokedBy, "userIdentity.invokedBy (of an AWSService identity)");
    } else if (type != IdentityType.UNKNOWN) {
      TrailJson.require(
          principalId, "userIdentity.principalId (of a " + type.json() + " identity)");
      TrailJson.require(accountId, "userIdentity.accountId (of a " + type.json() + " identity)");
    }
    if (sessionContext != null
        && type != IdentityType.ASSUMED_ROLE
        && type != IdentityType.FEDERATED_USER
        && type != IdentityType.IAM_USER
        && type != IdentityType.ROOT) {
      throw new IllegalArgumentException(
          "userIdentity.sessionContext is not allowed for identity type `"
              + (type == null ? "none" : type.json())
              + "`");
    }
  }

  /** An IAM user {@code arn:aws:iam::ACCOUNT:user/NAME} signing with a long-term access key. */
  public static UserIdentity iamUser(
      String userId, String accountId, String userName, String accessKeyId) {
    return new UserIdentity(
        IdentityType.IAM_USER,
        userId,
        "arn:aws:iam::" + accountId + ":user/" + userName,
        accountId,
        accessKeyId,
        userName,
        null,
        null);
  }

  /**
   * A session of {@code issuer}'s role: principal id {@code ROLEID:SESSION}, ARN {@code
   * arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION}.
   */
  public static UserIdentity assumedRole(
      SessionContext session, String sessionName, String accessKeyId) {
    SessionContext.SessionIssuer issuer = session.sessionIssuer();
    if (issuer.type() != IdentityType.ROLE) {
      throw new IllegalArgumentException(
          "the issuer of an assumed-role session must be a Role, not `"
              + issuer.type().json()
              + "`");
    }
    String roleName = issuer.arn().substring(issuer.arn().lastIndexOf('/') + 1);
    return new UserIdentity(
        IdentityType.ASSUMED_ROLE,
        issuer.principalId() + ":" + sessionName,
        "arn:aws:sts::" + issuer.accountId() + ":assumed-role/" + roleName + "/" + sessionName,
        issuer.accountId(),
        accessKeyId,
        null,
        null,
        session);
  }

  /**
   * The account root user: principal id is the account id, ARN {@code arn:aws:iam::ACCOUNT:root}.
   */
  public static UserIdentity root(String accountId, String accessKeyId) {
    return new UserIdentity(
        IdentityType.ROOT,
        accountId,
        "arn:aws:iam::" + accountId + ":root",
        accountId,
        accessKeyId,
        null,
        null,
        null);
  }

  /** A service acting for itself, as DynamoDB does when it asks for a table key. */
  public static UserIdentity awsService(String servicePrincipal) {
    return new UserIdentity(
        IdentityType.AWS_SERVICE, null, null, null, null, null, servicePrincipal, null);
  }

  /**
   * The untyped identity of an {@link EventType#AWS_SERVICE_EVENT}: {@code {accountId, invokedBy:
   * "AWS Internal"}}.
   */
  public static UserIdentity awsInternal(String accountId) {
    return new UserIdentity(null, null, null, accountId, null, null, AWS_INTERNAL, null);
  }

  /**
   * This identity as seen when {@code service} (e.g. {@code dynamodb.amazonaws.com}) calls for it.
   */
  public UserIdentity invokedBy(String service) {
    TrailJson.require(service, "invokedBy");
    return new UserIdentity(
        type, principalId, arn, accountId, accessKeyId, userName, service, sessionContext);
  }

  /** The JSON CloudTrail writes, absent components omitted, in CloudTrail's field order. */
  public ObjectNode toJson() {
    ObjectNode node = TrailJson.NODES.objectNode();
    if (type != null) {
      node.put("type", type.json());
    }
    TrailJson.putIfPresent(node, "principalId", principalId);
    TrailJson.putIfPresent(node, "arn", arn);
    TrailJson.putIfPresent(node, "accountId", accountId);
    TrailJson.putIfPresent(node, "accessKeyId", accessKeyId);
    TrailJson.putIfPresent(node, "userName", userName);
    if (sessionContext != null) {
      node.set("sessionContext", sessionContext.toJson());
    }
    TrailJson.putIfPresent(node, "invokedBy", invokedBy);
    return node;
  }
}
