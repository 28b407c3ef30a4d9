package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.identity;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConditionKeyCheckTest {

  private static String statement(String effect, String actions, String condition) {
    return policy(
        ROOT,
        "{\"Effect\": \""
            + effect
            + "\", \"Principal\": {\"AWS\":"
            + " \"arn:aws:iam::111122223333:role/app\"}, \"Action\": "
            + actions
            + ", \"Resource\": \"*\","
            + " \"Condition\": "
            + condition
            + "}");
  }

  @Test
  void encryptionContextOnDescribeKeyOnly_isNotApplicable() {
    String text =
        statement(
            "Allow",
            "\"kms:DescribeKey\"",
            "{\"StringEquals\": {\"kms:EncryptionContext:Department\": \"IT\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.CONDITION_KEY_NOT_APPLICABLE,
            Severity.WARNING,
            "/Statement/1/Condition/StringEquals/kms:EncryptionContext:Department",
            "\"IT\"");
    assertThat(f.message()).contains("kms:DescribeKey").contains("kms:Decrypt");
  }

  @Test
  void encryptionContextKeysOnDescribeKeyOnly_isNotApplicable() {
    String text =
        statement(
            "Allow",
            "[\"kms:DescribeKey\"]",
            "{\"ForAnyValue:StringEquals\": {\"kms:EncryptionContextKeys\": \"Department\"}}");

    assertSingle(
        key(text),
        text,
        FindingCode.CONDITION_KEY_NOT_APPLICABLE,
        Severity.WARNING,
        "/Statement/1/Condition/ForAnyValue:StringEquals/kms:EncryptionContextKeys",
        "\"Department\"");
  }

  @Test
  void grantOperationsOnDecrypt_isNotApplicable() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAllValues:StringEquals\": {\"kms:GrantOperations\": [\"Decrypt\"]}}");

    assertSingle(
        key(text),
        text,
        FindingCode.CONDITION_KEY_NOT_APPLICABLE,
        Severity.WARNING,
        "/Statement/1/Condition/ForAllValues:StringEquals/kms:GrantOperations",
        "[\"Decrypt\"]");
  }

  @Test
  void encryptionContextWithADecryptAmongTheActions_isApplicable() {
    String text =
        statement(
            "Allow",
            "[\"kms:DescribeKey\", \"kms:Decrypt\"]",
            "{\"StringEquals\": {\"kms:encryptioncontext:Department\": \"IT\"}}");

    assertNone(key(text), FindingCode.CONDITION_KEY_NOT_APPLICABLE);
  }

  @Test
  void grantOperationsThroughAWildcardCoveringCreateGrant_isApplicable() {
    String text =
        statement(
            "Allow",
            "\"kms:Create*\"",
            "{\"ForAllValues:StringEquals\": {\"kms:GrantOperations\": [\"Decrypt\"]}}");

    assertNone(key(text), FindingCode.CONDITION_KEY_NOT_APPLICABLE);
  }

  @Test
  void resourceAliasesInKeyPolicy_isNotApplicable() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAnyValue:StringLike\": {\"kms:ResourceAliases\": \"alias/app-*\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.CONDITION_KEY_NOT_APPLICABLE,
            Severity.WARNING,
            "/Statement/1/Condition/ForAnyValue:StringLike/kms:ResourceAliases",
            "\"alias/app-*\"");
    assertThat(f.message()).contains("only in IAM policies");
  }

  @Test
  void resourceAliasesInIdentityPolicy_isApplicable() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\","
                + " \"Condition\": {\"ForAnyValue:StringLike\": {\"kms:ResourceAliases\":"
                + " \"alias/app-*\"}}}");

    assertNone(identity(text), FindingCode.CONDITION_KEY_NOT_APPLICABLE);
  }

  @Test
  void encryptionContextSubsetAsConditionKey_isUnknownConditionKey() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"StringEquals\": {\"kms:EncryptionContextSubset\": \"a\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_CONDITION_KEY,
            Severity.WARNING,
            "/Statement/1/Condition/StringEquals/kms:EncryptionContextSubset",
            "\"a\"");
    assertThat(f.message()).contains("grant constraints");
  }

  @Test
  void knownKmsAndGlobalKeys_areNotUnknown() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"StringEquals\": {\"kms:CallerAccount\": \"111122223333\", \"kms:ViaService\":"
                + " \"x.amazonaws.com\", \"aws:PrincipalOrgID\": \"o-123\", \"s3:prefix\":"
                + " \"a\"}}");

    assertNone(key(text), FindingCode.UNKNOWN_CONDITION_KEY);
  }

  @Test
  void forAllValuesWithEncryptionContextKeyInKeyPolicy_isRefusedByKms() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAllValues:StringEquals\": {\"kms:EncryptionContext:Department\": \"IT\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY,
            Severity.ERROR,
            "/Statement/1/Condition/ForAllValues:StringEquals/kms:EncryptionContext:Department",
            "\"IT\"");
    assertThat(f.message()).contains("OverlyPermissiveCondition").contains("remove ForAllValues");
  }

  @Test
  void forAllValuesWithRequestTagInIdentityPolicy_isAWarning() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Action\": \"kms:TagResource\", \"Resource\": \"*\","
                + " \"Condition\": {\"ForAllValues:StringEquals\": {\"aws:RequestTag/team\":"
                + " \"db\"}}}");

    assertSingle(
        identity(text),
        text,
        FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY,
        Severity.WARNING,
        "/Statement/0/Condition/ForAllValues:StringEquals/aws:RequestTag~1team",
        "\"db\"");
  }

  @Test
  void plainOperatorWithEncryptionContextKey_isNotRefused() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"StringEquals\": {\"kms:EncryptionContext:Department\": \"IT\"}}");

    assertNone(key(text), FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY);
  }

  @Test
  void forAnyValueWithEncryptionContextKey_isSetOperatorOnSingleValuedKey() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAnyValue:StringEquals\": {\"kms:EncryptionContext:Department\": \"IT\"}}");
    ValidationResult result = key(text);

    assertSingle(
        result,
        text,
        FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY,
        Severity.WARNING,
        "/Statement/1/Condition/ForAnyValue:StringEquals/kms:EncryptionContext:Department",
        "\"IT\"");
    assertNone(result, FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY);
  }

  @Test
  void forAnyValueWithMultivaluedKey_isNotSetOperatorMisuse() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAnyValue:StringEquals\": {\"kms:EncryptionContextKeys\": \"Department\"}}");

    assertNone(key(text), FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY);
  }

  @Test
  void forAllValuesInAllowWithoutNullCheck_mayMatchAnEmptyContext() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAllValues:StringEquals\": {\"kms:EncryptionContextKeys\": [\"Department\"]}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.FORALLVALUES_ALLOW_MAY_BE_EMPTY,
            Severity.WARNING,
            "/Statement/1/Condition/ForAllValues:StringEquals/kms:EncryptionContextKeys",
            "[\"Department\"]");
    assertThat(f.message()).contains("\"Null\": {\"kms:EncryptionContextKeys\": \"false\"}");
  }

  @Test
  void forAllValuesInAllowWithNullFalse_isNotReported() {
    String text =
        statement(
            "Allow",
            "\"kms:Decrypt\"",
            "{\"ForAllValues:StringEquals\": {\"kms:EncryptionContextKeys\": [\"Department\"]},"
                + " \"Null\": {\"kms:encryptioncontextkeys\": \"false\"}}");

    assertNone(key(text), FindingCode.FORALLVALUES_ALLOW_MAY_BE_EMPTY);
  }

  @Test
  void forAllValuesInDeny_isNotReportedAsMayBeEmpty() {
    String text =
        statement(
            "Deny",
            "\"kms:Decrypt\"",
            "{\"ForAllValues:StringNotEquals\": {\"kms:EncryptionContextKeys\":"
                + " [\"Department\"]}}");

    assertNone(key(text), FindingCode.FORALLVALUES_ALLOW_MAY_BE_EMPTY);
  }
}
