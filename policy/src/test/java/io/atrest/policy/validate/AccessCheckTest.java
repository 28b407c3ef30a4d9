package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.identity;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessCheckTest {

  private static final String PUBLIC_DECRYPT =
      "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"kms:Decrypt\","
          + " \"Resource\": \"*\"";

  @Test
  void everyoneWithoutCondition_isPublicAccess() {
    String text = policy(ROOT, PUBLIC_DECRYPT + "}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.PUBLIC_ACCESS,
            Severity.SECURITY_WARNING,
            "/Statement/1/Principal/AWS",
            "\"*\"}, \"Action\": \"kms:Decrypt\"");
    assertThat(f.message()).contains("kms:CallerAccount");
  }

  @Test
  void bareStarPrincipalWithUnrelatedCondition_isPublicAccess() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\", \"Condition\": {\"Bool\": {\"aws:SecureTransport\":"
                + " \"true\"}}}");

    assertSingle(
        key(text),
        text,
        FindingCode.PUBLIC_ACCESS,
        Severity.SECURITY_WARNING,
        "/Statement/1/Principal",
        "\"*\", \"Action\"");
  }

  @Test
  void everyoneWithIfExistsConditionOnCallerAccount_isStillPublicAccess() {
    String text =
        policy(
            ROOT,
            PUBLIC_DECRYPT
                + ", \"Condition\": {\"StringEqualsIfExists\": {\"kms:CallerAccount\":"
                + " \"111122223333\"}}}");

    assertThat(key(text).withCode(FindingCode.PUBLIC_ACCESS)).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kms:CallerAccount",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:PrincipalOrgID",
        "kms:ViaService",
        "aws:SourceAccount",
        "KMS:calleraccount"
      })
  void everyoneRestrictedByCallerCondition_isNotPublicAccess(String conditionKey) {
    String text =
        policy(
            ROOT,
            PUBLIC_DECRYPT
                + ", \"Condition\": {\"StringLike\": {\""
                + conditionKey
                + "\": \"111122223333*\"}}}");

    assertNone(key(text), FindingCode.PUBLIC_ACCESS);
  }

  @Test
  void everyoneInADeny_isNotPublicAccess() {
    String text = policy(ROOT, PUBLIC_DECRYPT.replace("Allow", "Deny") + "}");

    assertNone(key(text), FindingCode.PUBLIC_ACCESS);
  }

  @Test
  void kmsAllToARole_isKmsAllBeyondAdmins() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::111122223333:role/ops\"}, \"Action\": [\"kms:Decrypt\","
                + " \"kms:*\"], \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.KMS_ALL_BEYOND_ADMINS,
            Severity.SECURITY_WARNING,
            "/Statement/1/Action/1",
            "\"kms:*\"]");
    assertThat(f.message()).contains("arn:aws:iam::111122223333:role/ops");
  }

  @Test
  void starActionToEveryoneInTheAccount_isKmsAllBeyondAdmins() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\"}, \"Action\": \"*\","
                + " \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"kms:CallerAccount\":"
                + " \"111122223333\"}}}");

    assertSingle(
        key(text),
        text,
        FindingCode.KMS_ALL_BEYOND_ADMINS,
        Severity.SECURITY_WARNING,
        "/Statement/1/Action",
        "\"*\", \"Resource\": \"*\", \"Condition\"");
  }

  @Test
  void kmsAllToTheAccountRoot_isNotKmsAllBeyondAdmins() {
    String text = policy(ROOT, ROOT.replace("arn:aws:iam::111122223333:root", "111122223333"));

    assertNone(key(text), FindingCode.KMS_ALL_BEYOND_ADMINS);
  }

  @Test
  void allowWithNotPrincipal_isAllowWithNotPrincipal() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\":"
                + " \"arn:aws:iam::111122223333:user/mallory\"}, \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.ALLOW_WITH_NOT_PRINCIPAL,
        Severity.SECURITY_WARNING,
        "/Statement/1/NotPrincipal",
        "{\"AWS\": \"arn:aws:iam::111122223333:user/mallory\"}");
  }

  @Test
  void denyWithNotPrincipal_isNotAllowWithNotPrincipal() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Deny\", \"NotPrincipal\": {\"AWS\":"
                + " \"arn:aws:iam::111122223333:root\"}, \"Action\": \"kms:Decrypt\", \"Resource\":"
                + " \"*\"}");

    assertNone(key(text), FindingCode.ALLOW_WITH_NOT_PRINCIPAL);
  }

  @Test
  void allowWithNotAction_isAllowWithNotAction() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"NotAction\": \"kms:ScheduleKeyDeletion\", \"Resource\":"
                + " \"*\"}");

    assertSingle(
        identity(text),
        text,
        FindingCode.ALLOW_WITH_NOT_ACTION,
        Severity.SECURITY_WARNING,
        "/Statement/0/NotAction",
        "\"kms:ScheduleKeyDeletion\"");
  }

  @Test
  void denyWithNotAction_isNotAllowWithNotAction() {
    String text =
        policy("{\"Effect\": \"Deny\", \"NotAction\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    assertNone(identity(text), FindingCode.ALLOW_WITH_NOT_ACTION);
  }

  @Test
  void keyPolicyWithoutAccountStatement_isNoAccountDelegation() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::111122223333:role/db-team\"}, \"Action\": \"kms:*\","
                + " \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.NO_ACCOUNT_DELEGATION,
            Severity.WARNING,
            "/Statement",
            "[\n");
    assertThat(f.message()).contains("`111122223333`").contains("arn:aws:iam::111122223333:root");
  }

  @Test
  void accountStatementWithoutPutKeyPolicy_isNoAccountDelegation() {
    String text = policy(ROOT.replace("kms:*", "kms:Describe*"));

    assertThat(key(text).withCode(FindingCode.NO_ACCOUNT_DELEGATION)).hasSize(1);
  }

  @Test
  void accountStatementWithPutKeyPolicy_isDelegation() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"111122223333\"},"
                + " \"Action\": [\"kms:Describe*\", \"kms:Put*\"], \"Resource\": \"*\"}");

    assertNone(key(text), FindingCode.NO_ACCOUNT_DELEGATION);
  }

  @Test
  void identityPolicy_isNeverNoAccountDelegation() {
    String text =
        policy("{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    assertNone(identity(text), FindingCode.NO_ACCOUNT_DELEGATION);
  }
}
