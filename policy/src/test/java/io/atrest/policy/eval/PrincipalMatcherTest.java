package io.atrest.policy.eval;

import static io.atrest.policy.eval.Requests.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.model.Statement;
import org.junit.jupiter.api.Test;

class PrincipalMatcherTest {

  private static final Principal USER = Principal.parse("arn:aws:iam::111122223333:user/db-lead");
  private static final Principal ROOT = Principal.parse("arn:aws:iam::111122223333:root");
  private static final Principal ROLE = Principal.parse("arn:aws:iam::111122223333:role/db-team");
  private static final Principal SESSION =
      Principal.parse("arn:aws:sts::111122223333:assumed-role/db-team/alice");
  private static final Principal OTHER_SESSION =
      Principal.parse("arn:aws:sts::111122223333:assumed-role/db-team/bob");
  private static final Principal SERVICE = Principal.parse("dynamodb.amazonaws.com");
  private static final Principal FOREIGN_USER =
      Principal.parse("arn:aws:iam::444455556666:user/db-lead");

  private static Statement allow(String principalJson) {
    return statement(
        "{\"Effect\":\"Allow\",\"Principal\":"
            + principalJson
            + ",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
  }

  private static Statement with(String effect, String notPrincipalJson) {
    return statement(
        "{\"Effect\":\""
            + effect
            + "\",\"NotPrincipal\":"
            + notPrincipalJson
            + ",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
  }

  private static PrincipalMatch match(Statement s, Principal p) {
    return PrincipalMatcher.match(s, p);
  }

  @Test
  void star_matchesEveryoneIncludingServices() {
    for (Principal p : new Principal[] {USER, ROOT, SESSION, SERVICE, FOREIGN_USER}) {
      assertThat(match(allow("\"*\""), p)).as(p.arn()).isEqualTo(PrincipalMatch.DIRECT);
      assertThat(match(allow("{\"AWS\":\"*\"}"), p)).as(p.arn()).isEqualTo(PrincipalMatch.DIRECT);
    }
  }

  @Test
  void account_coversItsPrincipalsThroughTheAccount() {
    Statement s = allow("{\"AWS\":\"111122223333\"}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.ACCOUNT);
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.ACCOUNT);
    assertThat(match(s, FOREIGN_USER)).isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void accountRootArn_isTheSameAsTheBareAccount() {
    Statement s = allow("{\"AWS\":\"arn:aws:iam::111122223333:root\"}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.ACCOUNT);
    assertThat(match(s, ROLE)).isEqualTo(PrincipalMatch.ACCOUNT);
  }

  @Test
  void account_namesTheRootUserDirectly() {
    assertThat(match(allow("{\"AWS\":\"111122223333\"}"), ROOT)).isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void userArn_matchesOnlyThatUserCaseSensitively() {
    assertThat(match(allow("{\"AWS\":\"arn:aws:iam::111122223333:user/db-lead\"}"), USER))
        .isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(allow("{\"AWS\":\"arn:aws:iam::111122223333:user/DB-Lead\"}"), USER))
        .isEqualTo(PrincipalMatch.NONE);
    assertThat(match(allow("{\"AWS\":\"arn:aws:iam::111122223333:user/db-lead\"}"), FOREIGN_USER))
        .isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void roleArn_matchesTheRoleAndItsSessions() {
    Statement s = allow("{\"AWS\":\"arn:aws:iam::111122223333:role/db-team\"}");
    assertThat(match(s, ROLE)).isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void roleArnWithPath_matchesSessionsOfThatRoleName() {
    Statement s = allow("{\"AWS\":\"arn:aws:iam::111122223333:role/teams/db-team\"}");
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void sessionArn_matchesOnlyThatSession() {
    Statement s = allow("{\"AWS\":\"arn:aws:sts::111122223333:assumed-role/db-team/alice\"}");
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(s, OTHER_SESSION)).isEqualTo(PrincipalMatch.NONE);
    assertThat(match(s, ROLE)).isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void servicePrincipal_isMatchedOnlyByItsServiceEntry() {
    assertThat(match(allow("{\"Service\":[\"dynamodb.amazonaws.com\"]}"), SERVICE))
        .isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(allow("{\"Service\":\"dynamodb.amazonaws.com\"}"), USER))
        .isEqualTo(PrincipalMatch.NONE);
    assertThat(match(allow("{\"AWS\":\"111122223333\"}"), SERVICE)).isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void list_isAnyOfItsEntriesPreferringTheDirectOne() {
    Statement s = allow("{\"AWS\":[\"111122223333\",\"arn:aws:iam::111122223333:user/db-lead\"]}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.ACCOUNT);
  }

  @Test
  void partialWildcard_matchesNobody() {
    assertThat(match(allow("{\"AWS\":\"arn:aws:iam::*:user/db-lead\"}"), USER))
        .isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void notPrincipalWithAllow_appliesToEveryoneNotListed() {
    Statement s = with("Allow", "{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.DIRECT);
    assertThat(match(s, Principal.parse("arn:aws:iam::111122223333:user/alice")))
        .isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void notPrincipalWithDeny_exemptsAUserListedWithItsAccount() {
    Statement s =
        with(
            "Deny",
            "{\"AWS\":[\"arn:aws:iam::111122223333:user/db-lead\",\"arn:aws:iam::111122223333:root\"]}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.NONE);
    assertThat(match(s, Principal.parse("arn:aws:iam::111122223333:user/alice")))
        .isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void notPrincipalWithDeny_stillDeniesAUserListedWithoutItsAccount() {
    Statement s = with("Deny", "{\"AWS\":\"arn:aws:iam::111122223333:user/db-lead\"}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void notPrincipalWithDeny_exemptsASessionListedWithItsRoleAndAccount() {
    Statement s =
        with(
            "Deny",
            "{\"AWS\":[\"arn:aws:sts::111122223333:assumed-role/db-team/alice\","
                + "\"arn:aws:iam::111122223333:role/db-team\",\"arn:aws:iam::111122223333:root\"]}");
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.NONE);
    assertThat(match(s, OTHER_SESSION)).isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void notPrincipalWithDeny_deniesASessionWhoseRoleIsNotListed() {
    Statement s =
        with(
            "Deny",
            "{\"AWS\":[\"arn:aws:sts::111122223333:assumed-role/db-team/alice\","
                + "\"arn:aws:iam::111122223333:root\"]}");
    assertThat(match(s, SESSION)).isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void notPrincipalWithDeny_exemptsTheRootUserWhenTheAccountIsListed() {
    assertThat(match(with("Deny", "{\"AWS\":\"111122223333\"}"), ROOT))
        .isEqualTo(PrincipalMatch.NONE);
    assertThat(match(with("Deny", "{\"AWS\":\"111122223333\"}"), USER))
        .isEqualTo(PrincipalMatch.DIRECT);
  }

  @Test
  void notPrincipalWithDeny_exemptsAListedServiceAndEveryoneUnderStar() {
    assertThat(match(with("Deny", "{\"Service\":\"dynamodb.amazonaws.com\"}"), SERVICE))
        .isEqualTo(PrincipalMatch.NONE);
    assertThat(match(with("Deny", "\"*\""), USER)).isEqualTo(PrincipalMatch.NONE);
  }

  @Test
  void resourcePolicyStatementWithoutPrincipal_namesNobody() {
    Statement s = statement("{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(match(s, USER)).isEqualTo(PrincipalMatch.NONE);
  }
}
