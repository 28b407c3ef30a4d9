package io.atrest.features.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrincipalRefTest {

  @Test
  void userOfTheHomeAccount_hasNoAccount() {
    assertThat(PrincipalRef.parse("user \"db-lead\""))
        .isEqualTo(
            new PrincipalRef(
                PrincipalRef.Kind.USER, "db-lead", Optional.empty(), Optional.empty()));
  }

  @Test
  void roleOfAnotherAccount_carriesTheAccount() {
    assertThat(PrincipalRef.parse("role \"ops\" of account \"444455556666\"").account())
        .contains("444455556666");
  }

  @Test
  void session_carriesItsRole() {
    PrincipalRef session = PrincipalRef.parse("session \"user01\" of role \"Admin\"");
    assertThat(session.kind()).isEqualTo(PrincipalRef.Kind.SESSION);
    assertThat(session.name()).isEqualTo("user01");
    assertThat(session.role()).contains("Admin");
  }

  @Test
  void rootOfAnotherAccount_isARoot() {
    PrincipalRef root = PrincipalRef.parse("the root of account \"444455556666\"");
    assertThat(root.kind()).isEqualTo(PrincipalRef.Kind.ROOT);
    assertThat(root.account()).contains("444455556666");
  }

  @Test
  void servicePrincipal_keepsItsHost() {
    assertThat(PrincipalRef.parse("service \"dynamodb.amazonaws.com\""))
        .isEqualTo(
            new PrincipalRef(
                PrincipalRef.Kind.SERVICE,
                "dynamodb.amazonaws.com",
                Optional.empty(),
                Optional.empty()));
  }

  @Test
  void quotedArn_isKeptWhole() {
    assertThat(PrincipalRef.parse("principal \"arn:aws:iam::111122223333:user/x\"").name())
        .isEqualTo("arn:aws:iam::111122223333:user/x");
  }

  @Test
  void unknownPhrase_isRejectedWithTheAcceptedForms() {
    assertThatThrownBy(() -> PrincipalRef.parse("group \"admins\""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group \"admins\"")
        .hasMessageContaining("the account root");
  }

  @Test
  void regex_matchesEveryParsedForm() {
    for (String phrase :
        new String[] {
          "user \"a\"",
          "role \"b\" of account \"444455556666\"",
          "session \"s\" of role \"r\"",
          "the account root",
          "the root of account \"444455556666\"",
          "service \"dynamodb.amazonaws.com\"",
          "principal \"arn:aws:iam::111122223333:root\""
        }) {
      assertThat(phrase).matches(PrincipalRef.REGEX);
    }
  }
}
