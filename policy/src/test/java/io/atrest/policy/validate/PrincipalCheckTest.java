package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipalCheckTest {

  private static String withPrincipal(String principal) {
    return policy(
        ROOT,
        "{\"Effect\": \"Allow\", \"Principal\": "
            + principal
            + ", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");
  }

  @Test
  void partialWildcardInAccount_isMalformedPrincipal() {
    String text = withPrincipal("{\"AWS\": \"arn:aws:iam::*:role/x\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.MALFORMED_PRINCIPAL,
            Severity.ERROR,
            "/Statement/1/Principal/AWS",
            "\"arn:aws:iam::*:role/x\"");
    assertThat(f.message()).contains("`arn:aws:iam::*:role/x`").contains("aws:PrincipalArn");
  }

  @Test
  void elevenDigitAccount_isMalformedPrincipal() {
    String text = withPrincipal("{\"AWS\": [\"111122223333\", \"11112222333\"]}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.MALFORMED_PRINCIPAL,
            Severity.ERROR,
            "/Statement/1/Principal/AWS/1",
            "\"11112222333\"");
    assertThat(f.message()).contains("12 digits");
  }

  @Test
  void iamGroup_isMalformedPrincipal() {
    String text = withPrincipal("{\"AWS\": \"arn:aws:iam::111122223333:group/admins\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.MALFORMED_PRINCIPAL,
            Severity.ERROR,
            "/Statement/1/Principal/AWS",
            "\"arn:aws:iam::111122223333:group/admins\"");
    assertThat(f.message()).contains("groups");
  }

  @Test
  void malformedPrincipalInNotPrincipal_isMalformedPrincipal() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\": \"arn:aws:iam::111122223333\"},"
                + " \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.MALFORMED_PRINCIPAL,
        Severity.ERROR,
        "/Statement/1/NotPrincipal/AWS",
        "\"arn:aws:iam::111122223333\"");
  }

  @Test
  void badServicePrincipal_isMalformedPrincipal() {
    String text = withPrincipal("{\"Service\": \"dynamodb\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.MALFORMED_PRINCIPAL,
        Severity.ERROR,
        "/Statement/1/Principal/Service",
        "\"dynamodb\"");
  }

  @Test
  void everyAcceptedPrincipalForm_isNotMalformed() {
    String text =
        withPrincipal(
            "{\"AWS\": [\"*\", \"111122223333\", \"arn:aws:iam::111122223333:root\","
                + " \"arn:aws:iam::111122223333:user/db-lead\","
                + " \"arn:aws:iam::111122223333:role/service-role/db-team\","
                + " \"arn:aws:sts::111122223333:assumed-role/db-team/alice\","
                + " \"arn:aws:sts::111122223333:federated-user/bob\","
                + " \"arn:aws-cn:iam::111122223333:root\"], \"Service\":"
                + " [\"dynamodb.amazonaws.com\"], \"Federated\":"
                + " \"cognito-identity.amazonaws.com\", \"CanonicalUser\": \""
                + "ab12".repeat(16)
                + "\"}");

    assertNone(key(text), FindingCode.MALFORMED_PRINCIPAL);
  }
}
