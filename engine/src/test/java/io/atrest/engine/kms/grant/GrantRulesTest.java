package io.atrest.engine.kms.grant;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.policy.eval.Principal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantRulesTest {

  private static final String REGION = "us-west-2";

  @Test
  void roleGrantee_matchesItsSessions() {
    var session = new Principal.AssumedRoleSession("111122223333", "Admin", "s1");
    assertThat(GrantRules.granteeMatches("arn:aws:iam::111122223333:role/Admin", session, REGION))
        .isTrue();
    assertThat(GrantRules.granteeMatches("arn:aws:iam::111122223333:role/Other", session, REGION))
        .isFalse();
  }

  @Test
  void accountGrantee_matchesEveryPrincipalOfTheAccount() {
    var user = new Principal.IamUser("111122223333", "bob");
    assertThat(GrantRules.granteeMatches("arn:aws:iam::111122223333:root", user, REGION)).isTrue();
    assertThat(GrantRules.granteeMatches("arn:aws:iam::444455556666:root", user, REGION)).isFalse();
  }

  @Test
  void regionalServiceGrantee_matchesTheServiceInThatRegion() {
    var dynamo = new Principal.ServicePrincipal("dynamodb.amazonaws.com");
    assertThat(GrantRules.granteeMatches("dynamodb.us-west-2.amazonaws.com", dynamo, REGION))
        .isTrue();
    assertThat(GrantRules.granteeMatches("dynamodb.eu-west-1.amazonaws.com", dynamo, REGION))
        .isFalse();
    assertThat(GrantRules.granteeMatches("dynamodb.amazonaws.com", dynamo, REGION)).isTrue();
  }

  @Test
  void emptyRequestContext_failsNonEmptySubsetConstraint() {
    assertThat(GrantConstraints.subsetOf(Map.of("a", "1")).allows(EncryptionContext.empty()))
        .isFalse();
  }

  @Test
  void emptyRequestContext_satisfiesOnlyAnEmptyEqualsConstraint() {
    assertThat(GrantConstraints.equalTo(Map.of()).allows(EncryptionContext.empty())).isTrue();
    assertThat(GrantConstraints.equalTo(Map.of("a", "1")).allows(EncryptionContext.empty()))
        .isFalse();
  }

  @Test
  void childConstraints_mustBeNoLooserThanParent() {
    GrantConstraints parent = GrantConstraints.subsetOf(Map.of("t", "Books"));
    assertThat(parent.isNoLooserThan(GrantConstraints.subsetOf(Map.of("t", "Books", "a", "1"))))
        .isTrue();
    assertThat(parent.isNoLooserThan(GrantConstraints.equalTo(Map.of("t", "Books")))).isTrue();
    assertThat(parent.isNoLooserThan(GrantConstraints.subsetOf(Map.of("a", "1")))).isFalse();
    assertThat(parent.isNoLooserThan(new GrantConstraints(null, null))).isFalse();
    assertThat(
            GrantConstraints.equalTo(Map.of("t", "Books"))
                .isNoLooserThan(GrantConstraints.subsetOf(Map.of("t", "Books"))))
        .isFalse();
  }

  @Test
  void operationsMustSuitTheKey() {
    assertThat(
            GrantOperation.GenerateDataKey.suits(
                KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT))
        .isTrue();
    assertThat(GrantOperation.GenerateDataKey.suits(KeySpec.RSA_2048, KeyUsage.ENCRYPT_DECRYPT))
        .isFalse();
    assertThat(GrantOperation.Sign.suits(KeySpec.SYMMETRIC_DEFAULT, KeyUsage.ENCRYPT_DECRYPT))
        .isFalse();
    assertThat(GrantOperation.GenerateMac.suits(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC))
        .isTrue();
    assertThat(GrantOperation.DescribeKey.suits(KeySpec.HMAC_256, KeyUsage.GENERATE_VERIFY_MAC))
        .isTrue();
  }
}
