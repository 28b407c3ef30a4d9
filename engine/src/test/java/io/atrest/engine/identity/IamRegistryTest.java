package io.atrest.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class IamRegistryTest {

  private static final String POLICY =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}";
  private final IamRegistry iam = new IamRegistry(new SecureRandom());

  IamRegistryTest() {
    iam.addAccount("111122223333", "us-west-2");
  }

  @Test
  void createdUsersAndRolesExist_othersDoNot() {
    Principal.IamUser alice = iam.addUser("111122223333", "alice");
    Principal.IamRole admin = iam.addRole("111122223333", "Admin");
    assertThat(iam.exists(alice)).isTrue();
    assertThat(iam.exists(iam.assumeRole(admin, "s1"))).isTrue();
    assertThat(iam.exists(new Principal.IamUser("111122223333", "ghost"))).isFalse();
    assertThat(iam.exists(new Principal.AccountRoot("999999999999"))).isFalse();
    assertThat(iam.exists(new Principal.ServicePrincipal("dynamodb.amazonaws.com"))).isTrue();
  }

  @Test
  void principalIds_followAwsPrefixes() {
    Principal.IamUser alice = iam.addUser("111122223333", "alice");
    Principal.IamRole admin = iam.addRole("111122223333", "Admin");
    assertThat(iam.principalId(alice))
        .hasValueSatisfying(id -> assertThat(id).matches("AIDA[A-Z2-7]{17}"));
    assertThat(iam.principalId(iam.assumeRole(admin, "s1")))
        .hasValueSatisfying(id -> assertThat(id).matches("AROA[A-Z2-7]{17}:s1"));
    assertThat(iam.principalId(new Principal.AccountRoot("111122223333"))).contains("111122223333");
  }

  @Test
  void rolePolicies_applyToItsSessions() {
    Principal.IamRole admin = iam.addRole("111122223333", "Admin");
    iam.attachPolicy(admin, IdentityPolicy.parse("all", POLICY));
    assertThat(iam.policiesFor(iam.assumeRole(admin, "s1")))
        .extracting(IdentityPolicy::name)
        .containsExactly("all");
  }

  @Test
  void attachingToTheRoot_isRejected() {
    assertThatThrownBy(
            () ->
                iam.attachPolicy(
                    new Principal.AccountRoot("111122223333"), IdentityPolicy.parse("p", POLICY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("users and roles");
  }

  @Test
  void userInUnknownAccount_isRejected() {
    assertThatThrownBy(() -> iam.addUser("999999999999", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account `999999999999` is not registered");
  }

  @Test
  void malformedIdentityPolicy_isRejectedWithItsName() {
    assertThatThrownBy(() -> IdentityPolicy.parse("broken", "{"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("identity policy `broken` is malformed");
  }

  @Test
  void removedUser_noLongerExists() {
    Principal.IamUser alice = iam.addUser("111122223333", "alice");
    iam.remove(alice);
    assertThat(iam.exists(alice)).isFalse();
  }

  @Test
  void accountIdMustHave12Digits() {
    assertThatThrownBy(() -> new Account("1234", "us-west-2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("account id `1234` must be 12 digits");
  }
}
