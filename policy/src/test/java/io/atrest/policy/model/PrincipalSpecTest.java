package io.atrest.policy.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.SourceLocation;
import io.atrest.policy.model.PrincipalRef.PrincipalType;
import org.junit.jupiter.api.Test;

class PrincipalSpecTest {

  private static PrincipalRef aws(String text) {
    return PrincipalSpec.classify(PrincipalType.AWS, text, SourceLocation.root());
  }

  @Test
  void starUnderAws_isAnyone() {
    assertThat(aws("*")).isInstanceOf(PrincipalRef.Anyone.class);
    assertThat(PrincipalSpec.classify(PrincipalType.ANYONE, "*", SourceLocation.root()))
        .isInstanceOf(PrincipalRef.Anyone.class);
  }

  @Test
  void bareAccountAndRootArn_areTheSameAccount() {
    PrincipalRef bare = aws("111122223333");
    PrincipalRef root = aws("arn:aws:iam::111122223333:root");
    assertThat(bare).isInstanceOf(PrincipalRef.Account.class);
    assertThat(root).isInstanceOf(PrincipalRef.Account.class);
    assertThat(((PrincipalRef.Account) bare).rootArn()).isEqualTo(root.text());
  }

  @Test
  void userRoleAndSessionArns_areClassified() {
    assertThat(aws("arn:aws:iam::111122223333:user/db-lead")).isInstanceOf(PrincipalRef.User.class);
    assertThat(aws("arn:aws:iam::111122223333:user/division/alice"))
        .isInstanceOf(PrincipalRef.User.class);
    assertThat(aws("arn:aws:sts::111122223333:assumed-role/db-team/alice"))
        .isInstanceOf(PrincipalRef.Session.class);
    assertThat(aws("arn:aws:sts::111122223333:federated-user/bob"))
        .isInstanceOf(PrincipalRef.Session.class);
  }

  @Test
  void roleWithPath_keepsItsNameForSessions() {
    PrincipalRef role = aws("arn:aws:iam::111122223333:role/service/db-team");
    assertThat(role)
        .isEqualTo(
            new PrincipalRef.Role("111122223333", "db-team", role.text(), SourceLocation.root()));
  }

  @Test
  void partialWildcards_nameNobody() {
    assertThat(aws("arn:aws:iam::*:role/db-team")).isInstanceOf(PrincipalRef.Unrecognized.class);
    assertThat(aws("arn:aws:iam::111122223333:role/*"))
        .isInstanceOf(PrincipalRef.Unrecognized.class);
    assertThat(aws("arn:aws:sts::111122223333:assumed-role/db-team/*"))
        .isInstanceOf(PrincipalRef.Unrecognized.class);
  }

  @Test
  void groupsAndOtherText_nameNobody() {
    assertThat(aws("arn:aws:iam::111122223333:group/admins"))
        .isInstanceOf(PrincipalRef.Unrecognized.class);
    assertThat(aws("db-lead")).isInstanceOf(PrincipalRef.Unrecognized.class);
  }

  @Test
  void serviceFederatedAndCanonical_keepTheirType() {
    assertThat(
            PrincipalSpec.classify(
                PrincipalType.SERVICE, "dynamodb.amazonaws.com", SourceLocation.root()))
        .isInstanceOf(PrincipalRef.Service.class);
    PrincipalRef federated =
        PrincipalSpec.classify(
            PrincipalType.FEDERATED, "cognito-identity.amazonaws.com", SourceLocation.root());
    assertThat(federated).isInstanceOf(PrincipalRef.Unrecognized.class);
    assertThat(federated.type()).isEqualTo(PrincipalType.FEDERATED);
  }
}
