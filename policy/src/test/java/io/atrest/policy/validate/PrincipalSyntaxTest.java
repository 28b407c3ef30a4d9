package io.atrest.policy.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrincipalSyntaxTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "arn:aws:iam::111122223333:role/*        | wildcards",
        "1111222233*                             | wildcards",
        "arn:aws:iam::11112222333:root           | 12-digit",
        "arn:aws:iam:us-west-2:111122223333:root | no region",
        "arn:aws:s3:::bucket/key                 | service `s3`",
        "arn:foo:iam::111122223333:root          | partition",
        "arn:aws:iam::111122223333:policy/p      | not a principal",
        "arn:aws:iam::111122223333:user/         | not a valid IAM user name",
        "arn:aws:sts::111122223333:assumed-role/db-team | ROLE/SESSION",
        "arn:aws:iam::111122223333               | six colon-separated parts",
        "db-lead                                 | expected `*`",
        "AIDAJQABLZS4A3QDU576Q                   | deleted"
      })
  void rejectedAwsPrincipal_saysWhy(String principal, String reason) {
    assertThat(PrincipalSyntax.aws(principal))
        .hasValueSatisfying(why -> assertThat(why).contains(reason));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "*",
        "111122223333",
        "arn:aws:iam::111122223333:root",
        "arn:aws-us-gov:iam::111122223333:user/a+b=c,d.e@f_g-h",
        "arn:aws:iam::111122223333:role/path/to/r",
        "arn:aws:sts::111122223333:assumed-role/r/s@example.com"
      })
  void acceptedAwsPrincipal_hasNoProblem(String principal) {
    assertThat(PrincipalSyntax.aws(principal)).isEmpty();
  }

  @Test
  void serviceHostName_isAccepted() {
    assertThat(PrincipalSyntax.service("logs.us-west-2.amazonaws.com")).isEmpty();
  }

  @Test
  void serviceWithoutAwsDomain_isRejected() {
    assertThat(PrincipalSyntax.service("dynamodb.example.com")).isPresent();
  }

  @Test
  void federatedSamlProviderArn_isAccepted() {
    assertThat(PrincipalSyntax.federated("arn:aws:iam::111122223333:saml-provider/corp")).isEmpty();
  }

  @Test
  void canonicalUserOfWrongLength_isRejected() {
    assertThat(PrincipalSyntax.canonicalUser("abc")).isPresent();
  }
}
