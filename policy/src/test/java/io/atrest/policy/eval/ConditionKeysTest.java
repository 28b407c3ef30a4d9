package io.atrest.policy.eval;

import static io.atrest.policy.eval.Requests.context;
import static io.atrest.policy.eval.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionKeysTest {

  private static ConditionKeys keys(String principal) {
    return ConditionKeys.of(request(Principal.parse(principal), "kms:Decrypt", context()));
  }

  private static Optional<String> value(ConditionKeys keys, String key) {
    return keys.get(key).map(ContextValue::single);
  }

  @Test
  void iamUser_getsArnAccountTypeAndUsername() {
    ConditionKeys keys = keys("arn:aws:iam::111122223333:user/division/db-lead");
    assertThat(value(keys, "aws:PrincipalArn"))
        .contains("arn:aws:iam::111122223333:user/division/db-lead");
    assertThat(value(keys, "aws:PrincipalAccount")).contains("111122223333");
    assertThat(value(keys, "kms:CallerAccount")).contains("111122223333");
    assertThat(value(keys, "aws:PrincipalType")).contains("User");
    assertThat(value(keys, "aws:username")).contains("db-lead");
    assertThat(value(keys, "aws:userid")).isEmpty();
    assertThat(value(keys, "aws:PrincipalIsAWSService")).contains("false");
    assertThat(value(keys, "aws:PrincipalServiceName")).isEmpty();
  }

  @Test
  void roleSession_getsTheRoleArnAndNoUsername() {
    ConditionKeys keys = keys("arn:aws:sts::111122223333:assumed-role/db-team/alice");
    assertThat(value(keys, "aws:PrincipalArn")).contains("arn:aws:iam::111122223333:role/db-team");
    assertThat(value(keys, "aws:PrincipalType")).contains("AssumedRole");
    assertThat(value(keys, "aws:username")).isEmpty();
  }

  @Test
  void rootUser_getsTheAccountAsUserid() {
    ConditionKeys keys = keys("arn:aws:iam::111122223333:root");
    assertThat(value(keys, "aws:PrincipalType")).contains("Account");
    assertThat(value(keys, "aws:userid")).contains("111122223333");
    assertThat(value(keys, "aws:PrincipalArn")).contains("arn:aws:iam::111122223333:root");
  }

  @Test
  void servicePrincipal_getsServiceKeysAndNoAccount() {
    ConditionKeys keys = keys("dynamodb.amazonaws.com");
    assertThat(value(keys, "aws:PrincipalIsAWSService")).contains("true");
    assertThat(value(keys, "aws:PrincipalServiceName")).contains("dynamodb.amazonaws.com");
    assertThat(value(keys, "aws:PrincipalAccount")).isEmpty();
    assertThat(value(keys, "kms:CallerAccount")).isEmpty();
    assertThat(value(keys, "aws:PrincipalArn")).isEmpty();
  }

  @Test
  void derivedKeys_areFoundInAnyCase() {
    assertThat(value(keys("arn:aws:iam::111122223333:user/db-lead"), "KMS:CALLERACCOUNT"))
        .contains("111122223333");
  }

  @Test
  void givenValues_winOverDerivedOnes() {
    ConditionKeys keys =
        ConditionKeys.of(
            request(Requests.DB_LEAD, "kms:Decrypt", context("kms:CallerAccount", "444455556666")));
    assertThat(value(keys, "kms:CallerAccount")).contains("444455556666");
  }

  @Test
  void multivaluedKey_isNoPolicyVariable() {
    ConditionKeys keys =
        ConditionKeys.of(
            request(
                Requests.DB_LEAD,
                "kms:Decrypt",
                RequestContext.builder()
                    .put("aws:CalledVia", ContextValue.ofList(List.of("a")))
                    .build()));
    assertThat(keys.single("aws:calledvia")).isEmpty();
  }

  @Test
  void effective_listsGivenAndDerivedKeys() {
    RequestContext effective =
        ConditionKeys.of(request(Requests.DB_LEAD, "kms:Decrypt", context("kms:ViaService", "x")))
            .effective();
    assertThat(effective.asMap().keySet())
        .contains("kms:ViaService", "aws:PrincipalArn", "kms:CallerAccount", "aws:username")
        .doesNotContain("aws:userid", "aws:PrincipalServiceName");
  }
}
