package io.atrest.policy.eval;

import static io.atrest.policy.eval.Requests.condition;
import static io.atrest.policy.eval.Requests.context;
import static io.atrest.policy.eval.Requests.keys;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.ConditionCheck;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.PolicyDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConditionEvaluatorTest {

  private static boolean holds(Condition condition, RequestContext context) {
    return ConditionEvaluator.check(condition, keys(context)).satisfied();
  }

  private static RequestContext list(String key, String... values) {
    return RequestContext.builder().put(key, ContextValue.ofList(List.of(values))).build();
  }

  // String operators

  @Test
  void stringEquals_isCaseSensitive() {
    Condition c =
        condition("StringEquals", "kms:ViaService", "\"dynamodb.us-west-2.amazonaws.com\"");
    assertThat(holds(c, context("kms:ViaService", "dynamodb.us-west-2.amazonaws.com"))).isTrue();
    assertThat(holds(c, context("kms:ViaService", "DynamoDB.us-west-2.amazonaws.com"))).isFalse();
  }

  @Test
  void stringEqualsIgnoreCase_ignoresCase() {
    Condition c = condition("StringEqualsIgnoreCase", "aws:PrincipalTag/team", "\"DB\"");
    assertThat(holds(c, context("aws:PrincipalTag/team", "db"))).isTrue();
  }

  @Test
  void stringNotEqualsIgnoreCase_ignoresCase() {
    Condition c = condition("StringNotEqualsIgnoreCase", "aws:PrincipalTag/team", "\"DB\"");
    assertThat(holds(c, context("aws:PrincipalTag/team", "db"))).isFalse();
    assertThat(holds(c, context("aws:PrincipalTag/team", "ops"))).isTrue();
  }

  @Test
  void multipleValues_areAlternatives() {
    Condition c =
        condition("StringEquals", "kms:CallerAccount", "[\"111122223333\",\"444455556666\"]");
    assertThat(holds(c, context("kms:CallerAccount", "444455556666"))).isTrue();
    assertThat(holds(c, context("kms:CallerAccount", "777788889999"))).isFalse();
  }

  @Test
  void negatedOperatorWithMultipleValues_requiresMatchingNone() {
    Condition c =
        condition("StringNotEquals", "kms:CallerAccount", "[\"111122223333\",\"444455556666\"]");
    assertThat(holds(c, context("kms:CallerAccount", "444455556666"))).isFalse();
    assertThat(holds(c, context("kms:CallerAccount", "111122223333"))).isFalse();
    assertThat(holds(c, context("kms:CallerAccount", "777788889999"))).isTrue();
  }

  @Test
  void stringLike_matchesGlobsCaseSensitively() {
    Condition c = condition("StringLike", "kms:ViaService", "\"dynamodb.*.amazonaws.com\"");
    assertThat(holds(c, context("kms:ViaService", "dynamodb.eu-west-1.amazonaws.com"))).isTrue();
    assertThat(holds(c, context("kms:ViaService", "Dynamodb.eu-west-1.amazonaws.com"))).isFalse();
    assertThat(holds(c, context("kms:ViaService", "ec2.eu-west-1.amazonaws.com"))).isFalse();
  }

  @Test
  void stringLikeStar_crossesColonsUnlikeArnLike() {
    Condition c = condition("StringLike", "aws:SourceArn", "\"arn:aws:s3:*:bucket\"");
    assertThat(holds(c, context("aws:SourceArn", "arn:aws:s3:us:east:bucket"))).isTrue();
  }

  @Test
  void stringNotLike_holdsWhenNoPatternMatches() {
    Condition c = condition("StringNotLike", "kms:ViaService", "[\"ec2.*\",\"rds.*\"]");
    assertThat(holds(c, context("kms:ViaService", "dynamodb.us-west-2.amazonaws.com"))).isTrue();
    assertThat(holds(c, context("kms:ViaService", "rds.us-west-2.amazonaws.com"))).isFalse();
  }

  // Numeric operators

  @Test
  void numericOperators_compareIntegersAndDecimals() {
    RequestContext ninety = context("kms:RotationPeriodInDays", "90");
    assertThat(holds(condition("NumericEquals", "kms:RotationPeriodInDays", "90.0"), ninety))
        .isTrue();
    assertThat(holds(condition("NumericNotEquals", "kms:RotationPeriodInDays", "90"), ninety))
        .isFalse();
    assertThat(holds(condition("NumericLessThan", "kms:RotationPeriodInDays", "90"), ninety))
        .isFalse();
    assertThat(holds(condition("NumericLessThanEquals", "kms:RotationPeriodInDays", "90"), ninety))
        .isTrue();
    assertThat(holds(condition("NumericGreaterThan", "kms:RotationPeriodInDays", "89.5"), ninety))
        .isTrue();
    assertThat(
            holds(
                condition("NumericGreaterThanEquals", "kms:RotationPeriodInDays", "\"91\""),
                ninety))
        .isFalse();
  }

  @Test
  void numericOperator_withNonNumericRequestValue_doesNotMatch() {
    Condition c = condition("NumericLessThan", "kms:RotationPeriodInDays", "400");
    assertThat(holds(c, context("kms:RotationPeriodInDays", "soon"))).isFalse();
  }

  @Test
  void numericOperator_withUnreadablePolicyValue_neverMatches() {
    Condition c = condition("NumericEquals", "kms:RotationPeriodInDays", "\"ninety\"");
    assertThat(holds(c, context("kms:RotationPeriodInDays", "90"))).isFalse();
  }

  // Date operators

  @Test
  void dateOperators_compareIsoAndEpochForms() {
    RequestContext now = context("aws:CurrentTime", "2026-01-31T12:00:00Z");
    assertThat(holds(condition("DateLessThan", "aws:CurrentTime", "\"2026-02-01\""), now)).isTrue();
    assertThat(holds(condition("DateGreaterThan", "aws:CurrentTime", "\"2026-02-01\""), now))
        .isFalse();
    assertThat(holds(condition("DateEquals", "aws:CurrentTime", "\"1769860800\""), now)).isTrue();
    assertThat(holds(condition("DateNotEquals", "aws:CurrentTime", "1769860800"), now)).isFalse();
    assertThat(
            holds(
                condition("DateLessThanEquals", "aws:CurrentTime", "\"2026-01-31T13:00:00+01:00\""),
                now))
        .isTrue();
    assertThat(
            holds(
                condition("DateGreaterThanEquals", "aws:CurrentTime", "\"2026-01-31T12:00:01Z\""),
                now))
        .isFalse();
  }

  @Test
  void dateOperator_readsAnEpochRequestValue() {
    Condition c = condition("DateGreaterThan", "aws:EpochTime", "\"2026-01-01T00:00:00Z\"");
    assertThat(holds(c, context("aws:EpochTime", "1769860800"))).isTrue();
  }

  // Bool, Binary, IP

  @Test
  void bool_matchesTrueAndFalse() {
    Condition c = condition("Bool", "aws:SecureTransport", "false");
    assertThat(
            holds(
                c,
                RequestContext.builder()
                    .put("aws:SecureTransport", ContextValue.of(false))
                    .build()))
        .isTrue();
    assertThat(holds(c, context("aws:SecureTransport", "true"))).isFalse();
  }

  @Test
  void binaryEquals_comparesTheDecodedBytes() {
    Condition c = condition("BinaryEquals", "s3:x-amz-key", "\"QmluYXJ5VmFsdWVJbkJhc2U2NA==\"");
    assertThat(holds(c, context("s3:x-amz-key", "QmluYXJ5VmFsdWVJbkJhc2U2NA=="))).isTrue();
    assertThat(holds(c, context("s3:x-amz-key", "QmluYXJ5"))).isFalse();
  }

  @Test
  void ipAddress_matchesCidrBlocksOfBothFamilies() {
    Condition c =
        condition("IpAddress", "aws:SourceIp", "[\"203.0.113.0/24\",\"2001:DB8:1234:5678::/64\"]");
    assertThat(holds(c, context("aws:SourceIp", "203.0.113.9"))).isTrue();
    assertThat(holds(c, context("aws:SourceIp", "2001:db8:1234:5678::9"))).isTrue();
    assertThat(holds(c, context("aws:SourceIp", "198.51.100.1"))).isFalse();
  }

  @Test
  void notIpAddress_holdsOutsideTheBlocks() {
    Condition c = condition("NotIpAddress", "aws:SourceIp", "\"203.0.113.7\"");
    assertThat(holds(c, context("aws:SourceIp", "203.0.113.7"))).isFalse();
    assertThat(holds(c, context("aws:SourceIp", "203.0.113.8"))).isTrue();
  }

  // ARN operators

  @Test
  void arnLike_matchesPartByPart() {
    Condition c = condition("ArnLike", "aws:PrincipalArn", "\"arn:aws:iam::*:role/db-*\"");
    assertThat(holds(c, context("aws:PrincipalArn", "arn:aws:iam::111122223333:role/db-team")))
        .isTrue();
    assertThat(holds(c, context("aws:PrincipalArn", "arn:aws:iam::111122223333:user/db-lead")))
        .isFalse();
  }

  @Test
  void arnEquals_behavesLikeArnLike() {
    Condition c = condition("ArnEquals", "aws:PrincipalArn", "\"arn:aws:iam::*:role/db-*\"");
    assertThat(holds(c, context("aws:PrincipalArn", "arn:aws:iam::111122223333:role/db-team")))
        .isTrue();
  }

  @Test
  void arnLikeStar_doesNotCrossAColon() {
    Condition c =
        condition("ArnLike", "aws:SourceArn", "\"arn:aws:someservice:*:111122223333:finance/*\"");
    String value =
        "arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt";
    assertThat(holds(c, context("aws:SourceArn", value))).isFalse();
  }

  @Test
  void arnNotEquals_andArnNotLike_holdWhenNothingMatches() {
    RequestContext role = context("aws:PrincipalArn", "arn:aws:iam::111122223333:role/db-team");
    assertThat(
            holds(
                condition(
                    "ArnNotEquals",
                    "aws:PrincipalArn",
                    "\"arn:aws:iam::111122223333:role/db-team\""),
                role))
        .isFalse();
    assertThat(
            holds(
                condition("ArnNotLike", "aws:PrincipalArn", "\"arn:aws:iam::*:role/ops-*\""), role))
        .isTrue();
  }

  // Null and missing keys

  @Test
  void nullTrue_holdsOnlyWhenTheKeyIsAbsent() {
    Condition c = condition("Null", "kms:ViaService", "\"true\"");
    assertThat(holds(c, context())).isTrue();
    assertThat(holds(c, context("kms:ViaService", "dynamodb.us-west-2.amazonaws.com"))).isFalse();
  }

  @Test
  void nullFalse_holdsOnlyWhenTheKeyIsPresent() {
    Condition c = condition("Null", "kms:ViaService", "false");
    assertThat(holds(c, context())).isFalse();
    assertThat(holds(c, context("kms:ViaService", "x"))).isTrue();
  }

  @Test
  void missingKey_makesAPlainOperatorFalse() {
    assertThat(holds(condition("StringLike", "kms:ViaService", "\"*\""), context())).isFalse();
    assertThat(holds(condition("NumericLessThan", "kms:RotationPeriodInDays", "400"), context()))
        .isFalse();
    assertThat(holds(condition("IpAddress", "aws:SourceIp", "\"0.0.0.0/0\""), context())).isFalse();
  }

  @Test
  void missingKey_makesANegatedOperatorTrue() {
    assertThat(holds(condition("StringNotEquals", "kms:ViaService", "\"x\""), context())).isTrue();
    assertThat(holds(condition("NotIpAddress", "aws:SourceIp", "\"10.0.0.0/8\""), context()))
        .isTrue();
    assertThat(holds(condition("ArnNotLike", "aws:SourceArn", "\"arn:*\""), context())).isTrue();
  }

  @Test
  void ifExists_holdsWhenTheKeyIsAbsent() {
    assertThat(holds(condition("StringEqualsIfExists", "kms:ViaService", "\"x\""), context()))
        .isTrue();
    assertThat(holds(condition("StringNotEqualsIfExists", "kms:ViaService", "\"x\""), context()))
        .isTrue();
  }

  @Test
  void ifExists_evaluatesNormallyWhenTheKeyIsPresent() {
    Condition c = condition("StringEqualsIfExists", "kms:ViaService", "\"x\"");
    assertThat(holds(c, context("kms:ViaService", "y"))).isFalse();
    assertThat(holds(c, context("kms:ViaService", "x"))).isTrue();
  }

  // Set operators

  @Test
  void forAllValues_holdsOnAMissingKey() {
    assertThat(
            holds(
                condition(
                    "ForAllValues:StringEquals", "kms:EncryptionContextKeys", "[\"AppName\"]"),
                context()))
        .isTrue();
  }

  @Test
  void forAllValues_holdsOnAnEmptySet() {
    Condition c =
        condition("ForAllValues:StringEquals", "kms:EncryptionContextKeys", "[\"AppName\"]");
    assertThat(holds(c, list("kms:EncryptionContextKeys"))).isTrue();
  }

  @Test
  void forAllValues_requiresEveryRequestValueToBeListed() {
    Condition c =
        condition(
            "ForAllValues:StringEquals", "kms:EncryptionContextKeys", "[\"AppName\",\"Team\"]");
    assertThat(holds(c, list("kms:EncryptionContextKeys", "AppName"))).isTrue();
    assertThat(holds(c, list("kms:EncryptionContextKeys", "AppName", "Other"))).isFalse();
  }

  @Test
  void forAnyValue_isFalseOnAMissingKeyOrAnEmptySet() {
    Condition c =
        condition("ForAnyValue:StringEquals", "kms:EncryptionContextKeys", "[\"AppName\"]");
    assertThat(holds(c, context())).isFalse();
    assertThat(holds(c, list("kms:EncryptionContextKeys"))).isFalse();
  }

  @Test
  void forAnyValue_requiresOneListedRequestValue() {
    Condition c =
        condition("ForAnyValue:StringEquals", "kms:EncryptionContextKeys", "[\"AppName\"]");
    assertThat(holds(c, list("kms:EncryptionContextKeys", "Other", "AppName"))).isTrue();
    assertThat(holds(c, list("kms:EncryptionContextKeys", "Other"))).isFalse();
  }

  @Test
  void forAnyValueIfExists_holdsOnAMissingKey() {
    Condition c =
        condition(
            "ForAnyValue:StringEqualsIfExists", "aws:CalledVia", "[\"dynamodb.amazonaws.com\"]");
    assertThat(holds(c, context())).isTrue();
  }

  @Test
  void forAllValuesWithNegatedOperator_followsTheDocumentedExample() {
    // [IAM-MVEX]: ForAllValues:StringNotLike aws:TagKeys ["key1*"].
    Condition c = condition("ForAllValues:StringNotLike", "aws:TagKeys", "[\"key1*\"]");
    assertThat(holds(c, list("aws:TagKeys", "key1:legal"))).isFalse();
    assertThat(holds(c, list("aws:TagKeys", "key2:audit"))).isTrue();
    assertThat(holds(c, context())).isTrue();
  }

  @Test
  void forAnyValueWithNegatedOperator_needsOneValueMatchingNone() {
    Condition c = condition("ForAnyValue:StringNotEquals", "aws:TagKeys", "[\"a\",\"b\"]");
    assertThat(holds(c, list("aws:TagKeys", "a", "c"))).isTrue();
    assertThat(holds(c, list("aws:TagKeys", "a", "b"))).isFalse();
  }

  @Test
  void plainOperatorOnAMultivaluedKey_needsOneMatchingValue() {
    Condition c = condition("StringEquals", "aws:CalledVia", "\"dynamodb.amazonaws.com\"");
    assertThat(
            holds(
                c, list("aws:CalledVia", "cloudformation.amazonaws.com", "dynamodb.amazonaws.com")))
        .isTrue();
  }

  // Key names, variables, unknown operators

  @Test
  void keyNames_areCaseInsensitiveIncludingTheEncryptionContextSuffix() {
    Condition c = condition("StringEquals", "kms:EncryptionContext:AppName", "\"ExampleApp\"");
    assertThat(holds(c, context("KMS:encryptioncontext:appname", "ExampleApp"))).isTrue();
    assertThat(holds(c, context("kms:EncryptionContext:AppName", "exampleapp"))).isFalse();
  }

  @Test
  void variableIn2012Policy_isReplacedByTheKeysValue() {
    Condition c = condition("StringEquals", "aws:PrincipalTag/owner", "\"${aws:username}\"");
    assertThat(holds(c, context("aws:PrincipalTag/owner", "db-lead"))).isTrue();
    assertThat(holds(c, context("aws:PrincipalTag/owner", "alice"))).isFalse();
  }

  @Test
  void variableInOldPolicy_isLiteralText() {
    Condition c =
        condition(
            PolicyDocument.VERSION_2008,
            "StringEquals",
            "aws:PrincipalTag/owner",
            "\"${aws:username}\"");
    assertThat(holds(c, context("aws:PrincipalTag/owner", "db-lead"))).isFalse();
    assertThat(holds(c, context("aws:PrincipalTag/owner", "${aws:username}"))).isTrue();
  }

  @Test
  void variableWithoutVersion_isLiteralText() {
    Condition c = condition(null, "StringEquals", "aws:PrincipalTag/owner", "\"${aws:username}\"");
    assertThat(holds(c, context("aws:PrincipalTag/owner", "${aws:username}"))).isTrue();
  }

  @Test
  void variableOfAnAbsentKey_makesThatValueNotMatch() {
    Condition c =
        condition("StringLike", "aws:PrincipalTag/owner", "[\"${aws:PrincipalTag/team}\", \"x\"]");
    assertThat(holds(c, context("aws:PrincipalTag/owner", ""))).isFalse();
    assertThat(holds(c, context("aws:PrincipalTag/owner", "x"))).isTrue();
  }

  @Test
  void variableDefault_isUsedWhenTheKeyIsAbsent() {
    Condition c =
        condition(
            "StringEquals", "aws:PrincipalTag/owner", "\"${aws:PrincipalTag/team, 'shared'}\"");
    assertThat(holds(c, context("aws:PrincipalTag/owner", "shared"))).isTrue();
  }

  @Test
  void escapedStar_inStringLikeIsLiteral() {
    Condition c = condition("StringLike", "s3:prefix", "\"home/${*}\"");
    assertThat(holds(c, context("s3:prefix", "home/*"))).isTrue();
    assertThat(holds(c, context("s3:prefix", "home/alice"))).isFalse();
  }

  @Test
  void variableValue_isMatchedLiterallyInStringLike() {
    Condition c = condition("StringLike", "s3:prefix", "\"home/${aws:PrincipalTag/dir}/*\"");
    assertThat(holds(c, context("aws:PrincipalTag/dir", "a?", "s3:prefix", "home/a?/x"))).isTrue();
    assertThat(holds(c, context("aws:PrincipalTag/dir", "a?", "s3:prefix", "home/ab/x"))).isFalse();
  }

  @Test
  void variableInArnCondition_isResolved() {
    Condition c =
        condition(
            "ArnEquals", "aws:SourceArn", "\"arn:aws:iam::111122223333:user/${aws:username}\"");
    assertThat(holds(c, context("aws:SourceArn", "arn:aws:iam::111122223333:user/db-lead")))
        .isTrue();
  }

  @Test
  void unknownOperator_neverHoldsAndIsReported() {
    Condition c = condition("StringEqualz", "kms:ViaService", "\"x\"");
    ConditionCheck check = ConditionEvaluator.check(c, keys(context("kms:ViaService", "x")));
    assertThat(check.satisfied()).isFalse();
    assertThat(check.operator()).isEqualTo("StringEqualz");
  }

  @Test
  void check_reportsOperatorKeyExpectedAndActualValues() {
    Condition c = condition("StringEquals", "kms:ViaService", "[\"a\",\"b\"]");
    ConditionCheck check = ConditionEvaluator.check(c, keys(context("kms:ViaService", "c")));
    assertThat(check)
        .isEqualTo(
            new ConditionCheck(
                "StringEquals",
                "kms:ViaService",
                List.of("a", "b"),
                Optional.of(List.of("c")),
                false));
    ConditionCheck absent = ConditionEvaluator.check(c, keys(context()));
    assertThat(absent.actual()).isEmpty();
    assertThat(absent.describe()).contains("(absent)");
  }
}
