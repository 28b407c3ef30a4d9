package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConditionValueCheckTest {

  /** A key policy whose second statement has this Condition block (Decrypt by a role). */
  static String withCondition(String condition) {
    return policy(
        ROOT,
        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/app\"},"
            + " \"Action\": [\"kms:Decrypt\", \"kms:CreateGrant\"], \"Resource\": \"*\","
            + " \"Condition\": "
            + condition
            + "}");
  }

  @Test
  void misspeltOperator_isUnknownConditionOperator() {
    String text = withCondition("{\"StringEqual\": {\"kms:CallerAccount\": \"111122223333\"}}");

    assertSingle(
        key(text),
        text,
        FindingCode.UNKNOWN_CONDITION_OPERATOR,
        Severity.ERROR,
        "/Statement/1/Condition/StringEqual",
        "{\"kms:CallerAccount\"");
  }

  @Test
  void operatorInWrongCase_isUnknownWithTheRightSpelling() {
    String text =
        withCondition(
            "{\"stringequals\": {\"kms:CallerAccount\": \"111122223333\", \"kms:ViaService\":"
                + " \"x\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_CONDITION_OPERATOR,
            Severity.ERROR,
            "/Statement/1/Condition/stringequals",
            "{\"kms:CallerAccount\"");
    assertThat(f.message()).contains("did you mean `StringEquals`?");
  }

  @Test
  void nullIfExists_isUnknownConditionOperator() {
    String text = withCondition("{\"NullIfExists\": {\"kms:EncryptionContextKeys\": \"false\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_CONDITION_OPERATOR,
            Severity.ERROR,
            "/Statement/1/Condition/NullIfExists",
            "{\"kms:EncryptionContextKeys\"");
    assertThat(f.message()).contains("no IfExists");
  }

  @Test
  void operatorsWithSetPrefixAndIfExists_areKnown() {
    String text =
        withCondition(
            "{\"ForAnyValue:StringLikeIfExists\": {\"kms:EncryptionContextKeys\": \"app*\"},"
                + " \"ArnNotLike\": {\"aws:PrincipalArn\": \"arn:aws:iam::*:role/x\"}, \"Null\":"
                + " {\"kms:ViaService\": \"false\"}}");

    assertNone(key(text), FindingCode.UNKNOWN_CONDITION_OPERATOR);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bool            | aws:SecureTransport      | \"yes\"",
        "IpAddress       | aws:SourceIp             | \"10.0.0.0/33\"",
        "NotIpAddress    | aws:SourceIp             | \"300.0.0.1\"",
        "IpAddress       | aws:SourceIp             | \"2001:db8::1::2\"",
        "DateLessThan    | aws:CurrentTime          | \"2026-13-01T00:00:00Z\"",
        "DateGreaterThan | aws:CurrentTime          | \"next week\"",
        "NumericLessThan | kms:RotationPeriodInDays | \"ninety\"",
        "BinaryEquals    | aws:userid               | \"not base64!\"",
        "Null            | kms:ViaService           | \"no\""
      })
  void valueOfTheWrongTypeForItsOperator_isInvalidConditionValue(
      String op, String conditionKey, String value) {
    String text = withCondition("{\"" + op + "\": {\"" + conditionKey + "\": " + value + "}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.INVALID_CONDITION_VALUE,
            Severity.ERROR,
            "/Statement/1/Condition/" + op + "/" + conditionKey,
            value);
    assertThat(f.message()).contains(value.replace("\"", "`"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Bool                    | aws:SecureTransport      | \"True\"",
        "Bool                    | aws:SecureTransport      | false",
        "IpAddress               | aws:SourceIp             | \"203.0.113.0/24\"",
        "IpAddress               | aws:SourceIp             | \"2001:db8::/32\"",
        "IpAddress               | aws:SourceIp             | \"::ffff:192.0.2.1\"",
        "DateLessThan            | aws:CurrentTime          | \"2026-01-31T00:00:00Z\"",
        "DateLessThan            | aws:CurrentTime          | \"2026-01-31\"",
        "DateLessThan            | aws:CurrentTime          | \"2026-01-31T00:00:00.123+05:30\"",
        "DateGreaterThan         | aws:EpochTime            | 1767225600",
        "NumericLessThanEquals   | kms:RotationPeriodInDays | \"90\"",
        "NumericEquals           | kms:RotationPeriodInDays | 90.5",
        "BinaryEquals            | aws:userid               | \"QUJDRA==\"",
        "Null                    | kms:ViaService           | \"true\""
      })
  void valueOfTheRightTypeForItsOperator_isNotInvalid(
      String op, String conditionKey, String value) {
    String text = withCondition("{\"" + op + "\": {\"" + conditionKey + "\": " + value + "}}");

    assertNone(key(text), FindingCode.INVALID_CONDITION_VALUE);
  }

  @Test
  void policyVariableWithNumericOperator_isInvalidConditionValue() {
    String text =
        withCondition("{\"NumericLessThan\": {\"kms:RotationPeriodInDays\": \"${aws:username}\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.INVALID_CONDITION_VALUE,
            Severity.ERROR,
            "/Statement/1/Condition/NumericLessThan/kms:RotationPeriodInDays",
            "\"${aws:username}\"");
    assertThat(f.message()).contains("does not allow");
  }

  @Test
  void stringLikeWithoutWildcard_isStringLikeWithoutWildcard() {
    String text =
        withCondition(
            "{\"StringLike\": {\"kms:ViaService\": \"dynamodb.us-west-2.amazonaws.com\"}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.STRINGLIKE_WITHOUT_WILDCARD,
            Severity.SUGGESTION,
            "/Statement/1/Condition/StringLike/kms:ViaService",
            "\"dynamodb.us-west-2.amazonaws.com\"");
    assertThat(f.message()).contains("`StringEquals`");
  }

  @Test
  void stringLikeWithWildcard_isNotReported() {
    String text =
        withCondition("{\"StringLike\": {\"kms:ViaService\": \"dynamodb.*.amazonaws.com\"}}");

    assertNone(key(text), FindingCode.STRINGLIKE_WITHOUT_WILDCARD);
  }

  @Test
  void escapedStarInStringLike_isNotAWildcard() {
    String text = withCondition("{\"StringLike\": {\"kms:EncryptionContext:note\": \"${*}\"}}");

    assertThat(key(text).withCode(FindingCode.STRINGLIKE_WITHOUT_WILDCARD)).hasSize(1);
  }

  @Test
  void stringEqualsWithWildcard_isStringEqualsWithWildcard() {
    String text =
        withCondition("{\"StringEquals\": {\"kms:ViaService\": [\"dynamodb.*.amazonaws.com\"]}}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.STRINGEQUALS_WITH_WILDCARD,
            Severity.WARNING,
            "/Statement/1/Condition/StringEquals/kms:ViaService/0",
            "\"dynamodb.*.amazonaws.com\"");
    assertThat(f.message()).contains("`StringLike`");
  }

  @Test
  void stringEqualsWithoutWildcard_isNotReported() {
    String text =
        withCondition(
            "{\"StringEquals\": {\"kms:ViaService\": \"dynamodb.us-west-2.amazonaws.com\"}}");

    assertNone(key(text), FindingCode.STRINGEQUALS_WITH_WILDCARD);
  }

  @Test
  void conditionVariableWithoutVersion_isVariableWithoutVersion() {
    String text =
        "{\"Statement\": ["
            + ROOT
            + ", {\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
            + " \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalAccount\":"
            + " \"${aws:PrincipalAccount}\"}}}]}";

    assertSingle(
        key(text),
        text,
        FindingCode.VARIABLE_WITHOUT_VERSION,
        Severity.WARNING,
        "/Statement/1/Condition/StringEquals/aws:PrincipalAccount",
        "\"${aws:PrincipalAccount}\"");
  }

  @Test
  void conditionVariableUnderCurrentVersion_isNotReported() {
    String text =
        withCondition(
            "{\"StringEquals\": {\"aws:PrincipalAccount\": \"${aws:PrincipalAccount}\"}}");

    assertNone(key(text), FindingCode.VARIABLE_WITHOUT_VERSION);
  }
}
