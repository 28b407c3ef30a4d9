package io.atrest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPolicyAuthorizerTest {

  /** Seed 004: the key policy of the AWS managed key aws/dynamodb, as AWS establishes it. */
  static final String AWS_MANAGED =
"""
{
  "Version" : "2012-10-17",
  "Id" : "auto-dynamodb-1",
  "Statement" : [ {
    "Sid" : "Allow access through Amazon DynamoDB for all principals in the account that are authorized to use Amazon DynamoDB",
    "Effect" : "Allow",
    "Principal" : { "AWS" : "*" },
    "Action" : [ "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey" ],
    "Resource" : "*",
    "Condition" : {
      "StringEquals" : {
        "kms:CallerAccount" : "111122223333",
        "kms:ViaService" : "dynamodb.us-west-2.amazonaws.com"
      }
    }
  }, {
    "Sid" : "Allow direct access to key metadata to the account",
    "Effect" : "Allow",
    "Principal" : { "AWS" : "arn:aws:iam::111122223333:root" },
    "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant" ],
    "Resource" : "*"
  }, {
    "Sid" : "Allow DynamoDB Service with service principal name dynamodb.amazonaws.com to describe the key directly",
    "Effect" : "Allow",
    "Principal" : { "Service" : "dynamodb.amazonaws.com" },
    "Action" : [ "kms:Describe*", "kms:Get*", "kms:List*" ],
    "Resource" : "*"
  } ]
}
""";

  /** Seed 004: the example customer managed key policy for DynamoDB. */
  static final String CUSTOMER_MANAGED =
"""
{
  "Id": "key-policy-dynamodb",
  "Version":"2012-10-17",
  "Statement": [
    {
      "Sid" : "Allow access through Amazon DynamoDB for all principals in the account that are authorized to use Amazon DynamoDB",
      "Effect": "Allow",
      "Principal": {"AWS": "arn:aws:iam::111122223333:user/db-lead"},
      "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey", "kms:CreateGrant"],
      "Resource": "*",
      "Condition": { "StringLike": { "kms:ViaService" : "dynamodb.*.amazonaws.com" } }
    },
    {
      "Sid":  "Allow administrators to view the CMK and revoke grants",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::111122223333:role/db-team" },
      "Action": ["kms:Describe*", "kms:Get*", "kms:List*", "kms:RevokeGrant"],
      "Resource": "*"
    },
    {
      "Sid":  "Allow DynamoDB to get information about the CMK",
      "Effect": "Allow",
      "Principal": { "Service":["dynamodb.amazonaws.com"] },
      "Action": ["kms:Describe*", "kms:Get*", "kms:List*"],
      "Resource": "*"
    }
  ]
}
""";

  /** Seed 003: the CloudFormation key policy (account 111122223333, region us-west-2). */
  static final String CLOUDFORMATION =
      """
      {
        "Version": "2012-10-17",
        "Statement": [
          { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
            "Action": "kms:*", "Resource": "*" },
          { "Effect": "Allow", "Principal": { "AWS": "*" },
            "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*",
            "Condition": { "StringEquals": {
              "kms:CallerAccount": "111122223333",
              "kms:ViaService": "dynamodb.us-west-2.amazonaws.com" } } }
        ]
      }
      """;

  private static final String KEY =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final String DB_LEAD = "arn:aws:iam::111122223333:user/db-lead";
  private static final String ALICE = "arn:aws:iam::111122223333:user/alice";
  private static final String DB_TEAM_SESSION =
      "arn:aws:sts::111122223333:assumed-role/db-team/ops";
  private static final String FOREIGN_USER = "arn:aws:iam::444455556666:user/partner";
  private static final String DYNAMODB = "dynamodb.amazonaws.com";
  private static final RequestContext VIA_DYNAMODB =
      RequestContext.builder().put("kms:ViaService", "dynamodb.us-west-2.amazonaws.com").build();
  private static final KeyPolicyAuthorizer AUTHORIZER = new KeyPolicyAuthorizer();

  private static PolicyDocument keyPolicy(String json) {
    return parse("key-policy", json);
  }

  private static PolicyDocument identity(String name, String statements) {
    return parse(
        "identity-policy:" + name, "{\"Version\":\"2012-10-17\",\"Statement\":" + statements + "}");
  }

  private static PolicyDocument parse(String source, String json) {
    try {
      return PolicyParser.parse(source, json);
    } catch (PolicyParseException e) {
      throw new IllegalArgumentException(e.toString(), e);
    }
  }

  private static PolicyDocument identityAllowing(String action) {
    return identity(
        "allow",
        "{\"Sid\":\"IamAllow\",\"Effect\":\"Allow\",\"Action\":\""
            + action
            + "\",\"Resource\":\"arn:aws:kms:*:*:key/*\"}");
  }

  private static Decision authorize(
      String principal,
      String action,
      RequestContext context,
      String keyPolicy,
      PolicyDocument... identity) {
    return authorize(principal, action, KEY, context, keyPolicy, identity);
  }

  private static Decision authorize(
      String principal,
      String action,
      String key,
      RequestContext context,
      String keyPolicy,
      PolicyDocument... identity) {
    AuthorizationRequest request =
        new AuthorizationRequest(Principal.parse(principal), action, key, context);
    return AUTHORIZER.authorize(request, keyPolicy(keyPolicy), List.of(identity));
  }

  private static List<Reason> of(Decision d, Reason.Kind kind) {
    return d.reasons().stream().filter(r -> r.kind() == kind).toList();
  }

  private static final String DELEGATING_SID = "Allow direct access to key metadata to the account";
  private static final String VIA_DYNAMODB_SID =
      "Allow access through Amazon DynamoDB for all principals in the account that are authorized"
          + " to use Amazon DynamoDB";

  // Seed 004, AWS managed key

  @Test
  void managedKey_allowsDbLeadDecryptThroughDynamoDb() {
    Decision d = authorize(DB_LEAD, "kms:Decrypt", VIA_DYNAMODB, AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly(VIA_DYNAMODB_SID);
    assertThat(d.determining().get(0).conditions()).allMatch(ConditionCheck::satisfied).hasSize(2);
  }

  @Test
  void managedKey_derivesCallerAccountFromThePrincipal() {
    Decision d = authorize(DB_LEAD, "kms:Decrypt", VIA_DYNAMODB, AWS_MANAGED);
    assertThat(d.determining().get(0).conditions())
        .filteredOn(c -> c.key().equals("kms:CallerAccount"))
        .singleElement()
        .satisfies(c -> assertThat(c.actual()).contains(List.of("111122223333")));
  }

  @Test
  void managedKey_deniesDbLeadCallingDirectlyWithANearMiss() {
    Decision d = authorize(DB_LEAD, "kms:Decrypt", RequestContext.empty(), AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    Reason nearMiss = of(d, Reason.Kind.NEAR_MISS).get(0);
    assertThat(nearMiss.statement()).isEqualTo(VIA_DYNAMODB_SID);
    assertThat(nearMiss.conditions())
        .filteredOn(c -> !c.satisfied())
        .extracting(ConditionCheck::key)
        .containsExactly("kms:ViaService");
  }

  @Test
  void managedKey_letsDynamoDbDescribeTheKeyDirectly() {
    Decision d = authorize(DYNAMODB, "kms:DescribeKey", RequestContext.empty(), AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining())
        .extracting(Reason::statement)
        .containsExactly(
            "Allow DynamoDB Service with service principal name dynamodb.amazonaws.com to describe"
                + " the key directly");
  }

  @Test
  void managedKey_doesNotLetDynamoDbDecryptAsItself() {
    Decision d = authorize(DYNAMODB, "kms:Decrypt", VIA_DYNAMODB, AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
  }

  @Test
  void managedKey_deniesAnotherAccountEvenThroughDynamoDb() {
    Decision d =
        authorize(
            FOREIGN_USER,
            "kms:Decrypt",
            VIA_DYNAMODB,
            AWS_MANAGED,
            identityAllowing("kms:Decrypt"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
  }

  @Test
  void managedKey_letsTheRootUserDescribeTheKey() {
    Decision d =
        authorize(
            "arn:aws:iam::111122223333:root",
            "kms:DescribeKey",
            RequestContext.empty(),
            AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly(DELEGATING_SID);
  }

  @Test
  void managedKey_letsIamPoliciesAllowDescribeKeyThroughDelegation() {
    Decision d =
        authorize(
            ALICE,
            "kms:DescribeKey",
            RequestContext.empty(),
            AWS_MANAGED,
            identityAllowing("kms:DescribeKey"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining())
        .extracting(Reason::source, Reason::statement)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("key-policy", DELEGATING_SID),
            org.assertj.core.groups.Tuple.tuple("identity-policy:allow", "IamAllow"));
  }

  @Test
  void managedKey_delegationAloneGivesAUserNothing() {
    Decision d = authorize(ALICE, "kms:DescribeKey", RequestContext.empty(), AWS_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.statement()).isEqualTo(DELEGATING_SID);
              assertThat(r.message())
                  .contains("delegates to IAM, but no identity policy of the caller allows");
            });
  }

  @Test
  void managedKey_doesNotDelegateDecrypt_soAnIamAllowIsNotCounted() {
    Decision d =
        authorize(
            ALICE, "kms:Decrypt", RequestContext.empty(), AWS_MANAGED, identityAllowing("kms:*"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    Reason notCounted = of(d, Reason.Kind.NOT_COUNTED).get(0);
    assertThat(notCounted.source()).isEqualTo("identity-policy:allow");
    assertThat(notCounted.message())
        .contains("the key policy does not delegate kms:Decrypt to account 111122223333")
        .contains("arn:aws:iam::111122223333:root");
  }

  // Seed 004, customer managed key

  @Test
  void customerKey_allowsDbLeadThroughDynamoDbInAnyRegion() {
    RequestContext viaIreland =
        RequestContext.builder().put("kms:ViaService", "dynamodb.eu-west-1.amazonaws.com").build();
    assertThat(
            authorize(DB_LEAD, "kms:GenerateDataKeyWithoutPlaintext", viaIreland, CUSTOMER_MANAGED)
                .outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void customerKey_deniesDbLeadCallingDirectly() {
    assertThat(
            authorize(DB_LEAD, "kms:Decrypt", RequestContext.empty(), CUSTOMER_MANAGED).outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
  }

  @Test
  void customerKey_letsSessionsOfTheAdminRoleRevokeGrantsButNotDecrypt() {
    assertThat(
            authorize(DB_TEAM_SESSION, "kms:RevokeGrant", RequestContext.empty(), CUSTOMER_MANAGED)
                .outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(authorize(DB_TEAM_SESSION, "kms:Decrypt", VIA_DYNAMODB, CUSTOMER_MANAGED).outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
  }

  @Test
  void customerKey_ignoresIamAllowsBecauseItDoesNotDelegate() {
    Decision d =
        authorize(
            ALICE, "kms:Decrypt", VIA_DYNAMODB, CUSTOMER_MANAGED, identityAllowing("kms:Decrypt"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactly("IamAllow");
  }

  @Test
  void customerKey_letsDynamoDbDescribeButNotDecrypt() {
    assertThat(
            authorize(DYNAMODB, "kms:DescribeKey", RequestContext.empty(), CUSTOMER_MANAGED)
                .outcome())
        .isEqualTo(Outcome.ALLOW);
    assertThat(
            authorize(DYNAMODB, "kms:Decrypt", RequestContext.empty(), CUSTOMER_MANAGED).outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
  }

  // Seed 003, CloudFormation key policy

  @Test
  void cloudFormationKey_letsIamPoliciesAllowEverythingThroughTheRootStatement() {
    Decision d =
        authorize(
            ALICE,
            "kms:Decrypt",
            RequestContext.empty(),
            CLOUDFORMATION,
            identityAllowing("kms:Decrypt"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining())
        .extracting(Reason::statement)
        .containsExactlyInAnyOrder("Statement[0]", "IamAllow");
  }

  @Test
  void cloudFormationKey_allowsAnyAccountUserThroughDynamoDbWithoutIam() {
    Decision d = authorize(ALICE, "kms:Encrypt", VIA_DYNAMODB, CLOUDFORMATION);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly("Statement[1]");
  }

  @Test
  void iamDeny_beatsAKeyPolicyAllow() {
    PolicyDocument deny =
        identity(
            "deny",
            "{\"Sid\":\"NoDecrypt\",\"Effect\":\"Deny\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}");
    Decision d = authorize(ALICE, "kms:Decrypt", VIA_DYNAMODB, CLOUDFORMATION, deny);
    assertThat(d.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(d.determining())
        .extracting(Reason::source, Reason::statement)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("identity-policy:deny", "NoDecrypt"));
  }

  @Test
  void allowsOverriddenByADeny_areReportedAsNotCounted() {
    PolicyDocument deny =
        identity("deny", "{\"Effect\":\"Deny\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}");
    Decision d = authorize(ALICE, "kms:Decrypt", VIA_DYNAMODB, CLOUDFORMATION, deny);
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactly("Statement[0]", "Statement[1]");
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .allSatisfy(r -> assertThat(r.message()).endsWith("but an explicit deny overrides it"));
  }

  @Test
  void iamDeny_appliesEvenWithoutDelegation() {
    PolicyDocument deny =
        identity("deny", "{\"Effect\":\"Deny\",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(authorize(DB_LEAD, "kms:Decrypt", VIA_DYNAMODB, CUSTOMER_MANAGED, deny).outcome())
        .isEqualTo(Outcome.EXPLICIT_DENY);
  }

  @Test
  void keyPolicyDeny_beatsADirectAllow() {
    String policy =
        "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + DB_LEAD
            + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"},"
            + "{\"Sid\":\"Lockdown\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}]}";
    Decision d = authorize(DB_LEAD, "kms:Decrypt", RequestContext.empty(), policy);
    assertThat(d.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly("Lockdown");
  }

  // Same account, principal forms

  @Test
  void rootUser_hasNoAccessTheKeyPolicyDoesNotGive() {
    String userOnly =
        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + DB_LEAD
            + "\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}}";
    assertThat(
            authorize(
                    "arn:aws:iam::111122223333:root",
                    "kms:Decrypt",
                    RequestContext.empty(),
                    userOnly)
                .outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
  }

  @Test
  void delegationWhoseConditionsFail_doesNotCountIamAllows() {
    String conditional =
        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"kms:*\",\"Resource\":\"*\","
            + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}}";
    Decision d =
        authorize(
            ALICE,
            "kms:Decrypt",
            RequestContext.empty(),
            conditional,
            identityAllowing("kms:Decrypt"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactly("IamAllow");
    assertThat(of(d, Reason.Kind.NEAR_MISS))
        .extracting(Reason::statement)
        .containsExactly("Statement[0]");
  }

  @Test
  void requestValue_overridesTheDerivedOne() {
    RequestContext spoofed =
        VIA_DYNAMODB.toBuilder().put("kms:CallerAccount", "444455556666").build();
    assertThat(authorize(DB_LEAD, "kms:Decrypt", spoofed, AWS_MANAGED).outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
  }

  // Cross account

  private static final String TRUSTS_PARTNER_ACCOUNT =
      "{\"Statement\":[{\"Sid\":\"Partner\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::444455556666:root\"},"
          + "\"Action\":[\"kms:Decrypt\",\"kms:DescribeKey\",\"kms:PutKeyPolicy\"],\"Resource\":\"*\"}]}";

  @Test
  void crossAccount_needsTheKeyPolicyAndTheCallersIamPolicy() {
    Decision d =
        authorize(
            FOREIGN_USER,
            "kms:Decrypt",
            RequestContext.empty(),
            TRUSTS_PARTNER_ACCOUNT,
            identityAllowing("kms:Decrypt"));
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining())
        .extracting(Reason::statement)
        .containsExactlyInAnyOrder("Partner", "IamAllow");
  }

  @Test
  void crossAccount_withoutAnIamAllow_isDenied() {
    Decision d =
        authorize(FOREIGN_USER, "kms:Decrypt", RequestContext.empty(), TRUSTS_PARTNER_ACCOUNT);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactly("Partner");
    assertThat(of(d, Reason.Kind.NOTE))
        .anySatisfy(
            r ->
                assertThat(r.message())
                    .contains(
                        "no identity policy of "
                            + FOREIGN_USER
                            + " in account 444455556666 allows kms:Decrypt"));
  }

  @Test
  void crossAccount_withoutTheKeyPolicy_isDeniedWhateverIamSays() {
    Decision d =
        authorize(
            FOREIGN_USER,
            "kms:Decrypt",
            RequestContext.empty(),
            CLOUDFORMATION,
            identityAllowing("kms:*"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOT_COUNTED).get(0).message())
        .contains("the key policy of account 111122223333 does not allow kms:Decrypt");
  }

  @Test
  void crossAccount_externalUserNamedDirectly_stillNeedsIam() {
    String namesPartner =
        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + FOREIGN_USER
            + "\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}}";
    assertThat(
            authorize(FOREIGN_USER, "kms:Decrypt", RequestContext.empty(), namesPartner).outcome())
        .isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(
            authorize(
                    FOREIGN_USER,
                    "kms:Decrypt",
                    RequestContext.empty(),
                    namesPartner,
                    identityAllowing("kms:Decrypt"))
                .outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void crossAccount_starWithoutConditions_opensTheKeyToIamAllowsOfEveryAccount() {
    String open =
        "{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}}";
    assertThat(
            authorize(
                    FOREIGN_USER,
                    "kms:Decrypt",
                    RequestContext.empty(),
                    open,
                    identityAllowing("kms:Decrypt"))
                .outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void crossAccount_externalRootUser_needsOnlyTheKeyPolicy() {
    assertThat(
            authorize(
                    "arn:aws:iam::444455556666:root",
                    "kms:DescribeKey",
                    RequestContext.empty(),
                    TRUSTS_PARTNER_ACCOUNT)
                .outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void crossAccount_sessionOfAnExternalRole_isAllowedThroughItsAccount() {
    assertThat(
            authorize(
                    "arn:aws:sts::444455556666:assumed-role/reader/s1",
                    "kms:Decrypt",
                    RequestContext.empty(),
                    TRUSTS_PARTNER_ACCOUNT,
                    identityAllowing("kms:Decrypt"))
                .outcome())
        .isEqualTo(Outcome.ALLOW);
  }

  @Test
  void crossAccount_operationKmsDoesNotSupportAcrossAccounts_isDeniedWithANote() {
    Decision d =
        authorize(
            FOREIGN_USER,
            "kms:PutKeyPolicy",
            RequestContext.empty(),
            TRUSTS_PARTNER_ACCOUNT,
            identityAllowing("kms:*"));
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NOTE).get(0).message())
        .contains("kms:PutKeyPolicy cannot be used across accounts")
        .contains("444455556666")
        .contains("111122223333");
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactlyInAnyOrder("Partner", "IamAllow");
  }

  @Test
  void crossAccountOperations_areTheDocumentedOnes() {
    assertThat(KeyPolicyAuthorizer.worksAcrossAccounts("kms:ReEncryptFrom")).isTrue();
    assertThat(KeyPolicyAuthorizer.worksAcrossAccounts("KMS:decrypt")).isTrue();
    assertThat(KeyPolicyAuthorizer.worksAcrossAccounts("kms:ScheduleKeyDeletion")).isFalse();
    assertThat(KeyPolicyAuthorizer.worksAcrossAccounts("kms:CreateAlias")).isFalse();
    assertThat(KeyPolicyAuthorizer.worksAcrossAccounts("s3:GetObject")).isFalse();
  }

  @Test
  void keyAccount_isTheAccountOfTheResourceArn() {
    Decision d =
        authorize(
            DB_LEAD,
            "kms:Decrypt",
            "arn:aws:kms:us-west-2:444455556666:key/k",
            VIA_DYNAMODB,
            CUSTOMER_MANAGED);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(KeyPolicyAuthorizer.keyAccount("arn:aws:kms:us-west-2:444455556666:alias/app"))
        .isEqualTo("444455556666");
  }

  @Test
  void resourceThatIsNoKmsArn_isRejectedNamingIt() {
    assertThatThrownBy(
            () ->
                authorize(
                    DB_LEAD, "kms:Decrypt", "1234abcd", RequestContext.empty(), CUSTOMER_MANAGED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`1234abcd` is not a KMS key ARN");
  }
}
