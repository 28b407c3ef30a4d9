package io.atrest.engine.kms.grant;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.policy.eval.Principal;

/**
 * Which grant, if any, allows a caller an operation [KMS-GR], [KMS-CGO]:
 *
 * <ul>
 *   <li>the grantee matches the caller: the same ARN; a role ARN matches the role's sessions; an
 *       account root ARN matches every principal of that account; a service grantee ({@code
 *       dynamodb.amazonaws.com}, or the regional form {@code dynamodb.us-west-2.amazonaws.com} that
 *       DynamoDB's own grants name) matches that service calling as itself in the region;
 *   <li>the grant lists the operation;
 *   <li>its constraint holds for the request's encryption context, except for DescribeKey and
 *       RetireGrant, which take no context.
 * </ul>
 */
public final class GrantRules {

  private GrantRules() {}

  public static boolean granteeMatches(String grantee, Principal caller, String region) {
    if (grantee.equals(caller.arn())) {
      return true;
    }
    if (caller instanceof Principal.AssumedRoleSession session
        && grantee.equals(session.roleArn())) {
      return true;
    }
    if (caller instanceof Principal.ServicePrincipal service) {
      String name = service.name();
      String regional = name.replace(".amazonaws.com", "." + region + ".amazonaws.com");
      return grantee.equals(regional);
    }
    return caller.account().map(a -> grantee.equals("arn:aws:iam::" + a + ":root")).orElse(false);
  }

  /** Whether {@code grant} allows {@code operation} to {@code caller} with {@code context}. */
  public static boolean allows(
      GrantRecord grant,
      Principal caller,
      String region,
      GrantOperation operation,
      EncryptionContext context) {
    if (!grant.allows(operation) || !granteeMatches(grant.granteePrincipal(), caller, region)) {
      return false;
    }
    if (!operation.takesEncryptionContext()) {
      return true;
    }
    return grant.constraintsOpt().map(c -> c.allows(context)).orElse(true);
  }
}
