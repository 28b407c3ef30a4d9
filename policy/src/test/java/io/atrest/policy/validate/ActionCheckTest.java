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

class ActionCheckTest {

  private static String withActions(String actions) {
    return policy(
        ROOT,
        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\":"
            + " \"arn:aws:iam::111122223333:role/app\"}, \"Action\": "
            + actions
            + ", \"Resource\": \"*\"}");
  }

  @Test
  void misspeltKmsAction_isUnknownKmsActionWithSuggestion() {
    String text = withActions("[\"kms:Encrypt\", \"kms:Decryp\"]");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_KMS_ACTION,
            Severity.ERROR,
            "/Statement/1/Action/1",
            "\"kms:Decryp\"");
    assertThat(f.message()).contains("`kms:Decryp`").contains("did you mean `kms:Decrypt`?");
  }

  @Test
  void patternMatchingNoKmsAction_isUnknownKmsAction() {
    String text = withActions("\"kms:Get*Secret\"");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_KMS_ACTION,
            Severity.ERROR,
            "/Statement/1/Action",
            "\"kms:Get*Secret\"");
    assertThat(f.message()).contains("matches no KMS action");
  }

  @Test
  void reEncryptWithoutSuffix_isUnknownKmsActionNamingFromAndTo() {
    String text = withActions("\"kms:ReEncrypt\"");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_KMS_ACTION,
            Severity.ERROR,
            "/Statement/1/Action",
            "\"kms:ReEncrypt\"");
    assertThat(f.message()).contains("kms:ReEncryptFrom").contains("kms:ReEncryptTo");
  }

  @Test
  void unknownKmsActionInNotAction_isUnknownKmsAction() {
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"NotAction\":"
                + " \"kms:DescribeKeys\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.UNKNOWN_KMS_ACTION,
        Severity.ERROR,
        "/Statement/1/NotAction",
        "\"kms:DescribeKeys\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kms:Decrypt",
        "KMS:decrypt",
        "kms:ReEncrypt*",
        "kms:GenerateDataKey*",
        "kms:Get*",
        "kms:List*",
        "kms:Describe*",
        "kms:ReEncryptFrom",
        "kms:SynchronizeMultiRegionKey",
        "kms:GetKeyLastUsage",
        "kms:*",
        "*",
        "kms:Verify?ac"
      })
  void realKmsActionsAndPatterns_areNotUnknown(String action) {
    assertNone(key(withActions("\"" + action + "\"")), FindingCode.UNKNOWN_KMS_ACTION);
  }

  @Test
  void actionWithoutServicePrefix_isMalformedAction() {
    String text = withActions("\"Decrypt\"");

    assertSingle(
        key(text),
        text,
        FindingCode.MALFORMED_ACTION,
        Severity.ERROR,
        "/Statement/1/Action",
        "\"Decrypt\"");
  }

  @Test
  void actionWithSpace_isMalformedAction() {
    String text = withActions("\"kms: Decrypt\"");

    assertSingle(
        key(text),
        text,
        FindingCode.MALFORMED_ACTION,
        Severity.ERROR,
        "/Statement/1/Action",
        "\"kms: Decrypt\"");
  }

  @Test
  void wellFormedActionOfAnyService_isNotMalformed() {
    assertNone(
        identity(
            policy(
                "{\"Effect\": \"Allow\", \"Action\": [\"s3:GetObject\", \"ec2:Describe*\"],"
                    + " \"Resource\": \"*\"}")),
        FindingCode.MALFORMED_ACTION);
  }

  @Test
  void otherServiceActionInKeyPolicy_isActionOfOtherService() {
    String text = withActions("[\"kms:Decrypt\", \"s3:GetObject\"]");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.ACTION_OF_OTHER_SERVICE,
            Severity.WARNING,
            "/Statement/1/Action/1",
            "\"s3:GetObject\"");
    assertThat(f.message()).contains("`s3`");
  }

  @Test
  void otherServiceActionInIdentityPolicy_isNotActionOfOtherService() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": [\"kms:Decrypt\", \"s3:GetObject\"], \"Resource\":"
                + " \"*\"}");

    assertNone(identity(text), FindingCode.ACTION_OF_OTHER_SERVICE);
  }
}
