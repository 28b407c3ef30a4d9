package io.atrest.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RememberedArnTest {

  private final Principal.IamUser alice = new Principal.IamUser("111122223333", "alice");
  private final Principal.AssumedRoleSession session =
      new Principal.AssumedRoleSession("111122223333", "app", "s1");

  @Test
  void arnAskedAgain_isTheStringMadeTheFirstTime() {
    assertThat(alice.arn()).isSameAs(alice.arn());
  }

  @Test
  void principalsAskedInTurn_eachGetTheirOwnArn() {
    Principal root = new Principal.AccountRoot("111122223333");
    Principal role = new Principal.IamRole("444455556666", "admin");

    assertThat(alice.arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");
    assertThat(role.arn()).isEqualTo("arn:aws:iam::444455556666:role/admin");
    assertThat(session.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/s1");
    assertThat(session.roleArn()).isEqualTo("arn:aws:iam::111122223333:role/app");
    assertThat(root.arn()).isEqualTo("arn:aws:iam::111122223333:root");
    assertThat(alice.arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");
    assertThat(session.arn()).isEqualTo("arn:aws:sts::111122223333:assumed-role/app/s1");
  }

  @Test
  void otherPrincipalAskedNext_getsItsOwnArn() {
    assertThat(alice.arn()).isEqualTo("arn:aws:iam::111122223333:user/alice");

    assertThat(new Principal.IamUser("111122223333", "bob").arn())
        .isEqualTo("arn:aws:iam::111122223333:user/bob");
  }
}
