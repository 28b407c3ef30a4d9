package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.identity;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementCheckTest {

  private static final String IDENTITY_STATEMENT =
      "{\"Sid\": \"UseKey\", \"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\":"
          + " \"*\"}";

  @Test
  void actionAndNotActionTogether_areConflictingElements() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"NotAction\": \"kms:Encrypt\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.CONFLICTING_ELEMENTS,
        Severity.ERROR,
        "/Statement/0/NotAction",
        "\"kms:Encrypt\"");
  }

  @Test
  void principalAndNotPrincipalTogether_areConflictingElements() {
    String text =
        policy(
            "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotPrincipal\": {\"AWS\":"
                + " \"111122223333\"}, \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.CONFLICTING_ELEMENTS,
        Severity.ERROR,
        "/Statement/0/NotPrincipal",
        "{\"AWS\": \"111122223333\"}");
  }

  @Test
  void notActionAlone_isNotConflicting() {
    String text =
        policy(
            "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotAction\": \"kms:Encrypt\","
                + " \"Resource\": \"*\"}");

    assertNone(key(text), FindingCode.CONFLICTING_ELEMENTS);
  }

  @Test
  void statementWithoutActionOrNotAction_isMissingAction() {
    String text =
        policy(ROOT, "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.MISSING_ACTION,
        Severity.ERROR,
        "/Statement/1",
        "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Resource\"");
  }

  @Test
  void statementWithNotAction_isNotMissingAction() {
    String text =
        policy(
            "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotAction\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}");

    assertNone(key(text), FindingCode.MISSING_ACTION);
  }

  @Test
  void keyPolicyStatementWithoutPrincipal_isMissingPrincipal() {
    String text = policy(ROOT, IDENTITY_STATEMENT);

    assertSingle(
        key(text),
        text,
        FindingCode.MISSING_PRINCIPAL,
        Severity.ERROR,
        "/Statement/1",
        IDENTITY_STATEMENT);
  }

  @Test
  void identityPolicyStatementWithoutPrincipal_isNotMissingPrincipal() {
    assertNone(identity(policy(IDENTITY_STATEMENT)), FindingCode.MISSING_PRINCIPAL);
  }

  @Test
  void identityPolicyWithPrincipal_isPrincipalInIdentityPolicy() {
    String text = policy(ROOT);

    assertSingle(
        identity(text),
        text,
        FindingCode.PRINCIPAL_IN_IDENTITY_POLICY,
        Severity.ERROR,
        "/Statement/0/Principal",
        "{\"AWS\":");
  }

  @Test
  void keyPolicyWithPrincipal_isNotPrincipalInIdentityPolicy() {
    assertNone(key(policy(ROOT)), FindingCode.PRINCIPAL_IN_IDENTITY_POLICY);
  }

  @Test
  void identityStatementWithoutResource_isMissingResourceError() {
    String statement = "{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\"}";
    String text = policy(statement);

    assertSingle(
        identity(text),
        text,
        FindingCode.MISSING_RESOURCE,
        Severity.ERROR,
        "/Statement/0",
        statement);
  }

  @Test
  void keyStatementWithoutResource_isMissingResourceWarning() {
    String statement = "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\"}";
    String text = policy(ROOT, statement);

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.MISSING_RESOURCE,
            Severity.WARNING,
            "/Statement/1",
            statement);
    assertThat(f.message()).contains("no effect");
  }

  @Test
  void statementWithNotResource_isNotMissingResource() {
    String text =
        policy(
            "{\"Effect\": \"Deny\", \"Action\": \"kms:Decrypt\", \"NotResource\":"
                + " \"arn:aws:kms:us-west-2:111122223333:key/*\"}");

    assertNone(identity(text), FindingCode.MISSING_RESOURCE);
  }

  @Test
  void identitySidWithSpaces_isInvalidSid() {
    String text =
        policy(
            "{\"Sid\": \"Use the key\", \"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}");

    assertSingle(
        identity(text),
        text,
        FindingCode.INVALID_SID,
        Severity.ERROR,
        "/Statement/0/Sid",
        "\"Use the key\"");
  }

  @Test
  void keyPolicySidWithSpaces_isNotInvalidSid() {
    String text =
        policy(
            "{\"Sid\": \"Allow use of the key\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
                + " \"arn:aws:iam::111122223333:root\"}, \"Action\": \"kms:*\", \"Resource\":"
                + " \"*\"}");

    assertNone(key(text), FindingCode.INVALID_SID);
  }

  @Test
  void repeatedSidInIdentityPolicy_isDuplicateSidError() {
    String text = policy(IDENTITY_STATEMENT, IDENTITY_STATEMENT.replace("Decrypt", "Encrypt"));

    assertSingle(
        identity(text),
        text,
        FindingCode.DUPLICATE_SID,
        Severity.ERROR,
        "/Statement/1/Sid",
        "\"UseKey\", \"Effect\": \"Allow\", \"Action\": \"kms:Encrypt\"");
  }

  @Test
  void repeatedSidInKeyPolicy_isDuplicateSidWarning() {
    String text = policy(ROOT, ROOT.replace("kms:*", "kms:DescribeKey"));

    assertSingle(
        key(text),
        text,
        FindingCode.DUPLICATE_SID,
        Severity.WARNING,
        "/Statement/1/Sid",
        "\"EnableIam\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
            + " \"arn:aws:iam::111122223333:root\"}, \"Action\": \"kms:DescribeKey\"");
  }

  @Test
  void distinctSids_areNotDuplicateSid() {
    String text = policy(IDENTITY_STATEMENT, IDENTITY_STATEMENT.replace("UseKey", "UseKey2"));

    assertNone(identity(text), FindingCode.DUPLICATE_SID);
  }

  @Test
  void memberNamedTwice_isDuplicateKeyAtTheSecondName() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:root\"},"
                + " \"Action\": \"kms:Decrypt\", \"Action\": \"kms:*\", \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.DUPLICATE_KEY,
            Severity.ERROR,
            "/Statement/0/Action",
            "\"Action\": \"kms:*\"");
    assertThat(f.message()).contains("`Action`");
  }

  @Test
  void sameMemberNameInDifferentObjects_isNotDuplicateKey() {
    assertNone(key(policy(ROOT, ROOT.replace("EnableIam", "Other"))), FindingCode.DUPLICATE_KEY);
  }

  @Test
  void keyPolicyOver32KiB_isPolicyTooLarge() {
    String padding = "x".repeat(ElementCheck.KEY_POLICY_MAX_BYTES);
    String text =
        "{\"Version\": \"2012-10-17\", \"Id\": \"" + padding + "\", \"Statement\": [" + ROOT + "]}";

    Finding f =
        assertSingle(key(text), text, FindingCode.POLICY_TOO_LARGE, Severity.ERROR, "", "{");
    assertThat(f.message()).contains(String.valueOf(text.length()));
  }

  @Test
  void keyPolicyOfExactly32KiB_isNotTooLarge() {
    String shell = "{\"Version\": \"2012-10-17\", \"Id\": \"\", \"Statement\": [" + ROOT + "]}";
    String padding = "x".repeat(ElementCheck.KEY_POLICY_MAX_BYTES - shell.length());
    String text = shell.replace("\"Id\": \"\"", "\"Id\": \"" + padding + "\"");

    assertThat(text.length()).isEqualTo(ElementCheck.KEY_POLICY_MAX_BYTES);
    assertNone(key(text), FindingCode.POLICY_TOO_LARGE);
  }

  @Test
  void multiByteCharacters_countAsBytesTowardTheLimit() {
    String shell = "{\"Version\": \"2012-10-17\", \"Id\": \"\", \"Statement\": [" + ROOT + "]}";
    String padding = "é".repeat(ElementCheck.KEY_POLICY_MAX_BYTES / 2);
    String text = shell.replace("\"Id\": \"\"", "\"Id\": \"" + padding + "\"");

    assertThat(text.length()).isLessThan(ElementCheck.KEY_POLICY_MAX_BYTES);
    assertThat(key(text).withCode(FindingCode.POLICY_TOO_LARGE)).hasSize(1);
  }

  @Test
  void policyWithoutVersion_isMissingVersion() {
    String text = "{\"Statement\": [" + ROOT + "]}";

    assertSingle(key(text), text, FindingCode.MISSING_VERSION, Severity.SUGGESTION, "", "{");
  }

  @Test
  void policyWithVersion_isNotMissingVersion() {
    assertNone(key(policy(ROOT)), FindingCode.MISSING_VERSION);
  }

  @Test
  void resourceVariableUnderLegacyVersion_isVariableWithoutVersion() {
    String text =
        "{\"Version\": \"2008-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\":"
            + " \"kms:Decrypt\", \"Resource\":"
            + " \"arn:aws:kms:us-west-2:111122223333:key/${aws:username}\"}]}";

    assertSingle(
        identity(text),
        text,
        FindingCode.VARIABLE_WITHOUT_VERSION,
        Severity.WARNING,
        "/Statement/0/Resource",
        "\"arn:aws:kms:us-west-2");
  }

  @Test
  void resourceVariableUnderCurrentVersion_isNotVariableWithoutVersion() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\":"
                + " \"arn:aws:kms:us-west-2:111122223333:key/${aws:username}\"}");

    assertNone(identity(text), FindingCode.VARIABLE_WITHOUT_VERSION);
  }
}
