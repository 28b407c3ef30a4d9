package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaCheckTest {

  @Test
  void unknownTopLevelElement_isUnknownElement() {
    String text =
        "{\n  \"Version\": \"2012-10-17\",\n  \"Statements\": ["
            + ROOT
            + "],\n  \"Statement\": ["
            + ROOT
            + "]\n}";

    Finding f =
        assertSingle(
            key(text), text, FindingCode.UNKNOWN_ELEMENT, Severity.ERROR, "/Statements", "[{");
    assertThat(f.message()).contains("`Statements`");
  }

  @Test
  void unknownStatementElement_isUnknownElementWithCaseHint() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"action\": \"kms:Decrypt\","
                + " \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.UNKNOWN_ELEMENT,
            Severity.ERROR,
            "/Statement/0/action",
            "\"kms:Decrypt\"");
    assertThat(f.message()).contains("did you mean `Action`?");
  }

  @Test
  void unknownPrincipalType_isUnknownElement() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": {\"aws\": \"arn:aws:iam::111122223333:root\"},"
                + " \"Action\": \"kms:*\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.UNKNOWN_ELEMENT,
        Severity.ERROR,
        "/Statement/0/Principal/aws",
        "\"arn:aws:iam::111122223333:root\"");
  }

  @Test
  void knownElementsOnly_haveNoUnknownElement() {
    String text =
        policy(
            "{\"Sid\": \"A\", \"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"*\", \"Service\":"
                + " \"dynamodb.amazonaws.com\"}, \"Action\": \"kms:Decrypt\", \"Resource\": \"*\","
                + " \"Condition\": {\"StringEquals\": {\"kms:CallerAccount\": \"111122223333\"}}}",
            ROOT);

    assertNone(key(text), FindingCode.UNKNOWN_ELEMENT);
  }

  @Test
  void actionThatIsANumber_isInvalidElementType() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": 42, \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.INVALID_ELEMENT_TYPE,
            Severity.ERROR,
            "/Statement/0/Action",
            "42");
    assertThat(f.message()).contains("a string or a list");
  }

  @Test
  void actionThatIsAListOfStrings_isNotInvalidElementType() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [\"kms:Decrypt\"],"
                + " \"Resource\": \"*\"}");

    assertNone(key(text), FindingCode.INVALID_ELEMENT_TYPE);
  }

  @Test
  void unknownVersion_isInvalidVersion() {
    String text = "{\n  \"Version\": \"2012-10-18\",\n  \"Statement\": [" + ROOT + "]\n}";

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.INVALID_VERSION,
            Severity.ERROR,
            "/Version",
            "\"2012-10-18\"");
    assertThat(f.message()).contains("`2012-10-18`");
  }

  @Test
  void legacyVersion_isNotInvalidVersion() {
    String text = "{\n  \"Version\": \"2008-10-17\",\n  \"Statement\": [" + ROOT + "]\n}";

    assertNone(key(text), FindingCode.INVALID_VERSION);
  }

  @Test
  void statementWithoutEffect_isMissingEffect() {
    String text =
        policy(ROOT, "{\"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.MISSING_EFFECT,
        Severity.ERROR,
        "/Statement/1",
        "{\"Principal\"");
  }

  @Test
  void statementWithEffect_isNotMissingEffect() {
    assertNone(key(policy(ROOT)), FindingCode.MISSING_EFFECT);
  }

  @Test
  void effectInLowerCase_isInvalidEffect() {
    String text =
        policy(
            "{\"Effect\": \"allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}");

    Finding f =
        assertSingle(
            key(text),
            text,
            FindingCode.INVALID_EFFECT,
            Severity.ERROR,
            "/Statement/0/Effect",
            "\"allow\"");
    assertThat(f.message()).contains("`allow`");
  }

  @Test
  void effectDeny_isNotInvalidEffect() {
    String text =
        policy(
            "{\"Effect\": \"Deny\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}");

    assertNone(key(text), FindingCode.INVALID_EFFECT);
  }

  @Test
  void effectOfTheWrongType_isReportedOnceAsTypeError() {
    String text =
        policy(
            "{\"Effect\": true, \"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\":"
                + " \"*\"}");
    ValidationResult result = key(text);

    assertSingle(
        result,
        text,
        FindingCode.INVALID_ELEMENT_TYPE,
        Severity.ERROR,
        "/Statement/0/Effect",
        "true");
    assertNone(result, FindingCode.INVALID_EFFECT);
  }

  @Test
  void principalStringOtherThanStar_isMalformedPrincipal() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"arn:aws:iam::111122223333:root\","
                + " \"Action\": \"kms:*\", \"Resource\": \"*\"}");

    assertSingle(
        key(text),
        text,
        FindingCode.MALFORMED_PRINCIPAL,
        Severity.ERROR,
        "/Statement/0/Principal",
        "\"arn:aws:iam::111122223333:root\"");
  }

  @Test
  void emptyActionList_isMissingAction() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": [], \"Resource\": \"*\"}");

    assertSingle(
        key(text), text, FindingCode.MISSING_ACTION, Severity.ERROR, "/Statement/0/Action", "[]");
  }

  @Test
  void conditionValueThatIsAnObject_isInvalidElementType() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"kms:CallerAccount\":"
                + " {\"a\": 1}}}}");

    assertSingle(
        key(text),
        text,
        FindingCode.INVALID_ELEMENT_TYPE,
        Severity.ERROR,
        "/Statement/0/Condition/StringEquals/kms:CallerAccount",
        "{\"a\"");
  }

  @Test
  void pointerEscapesSlashInMemberName() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\", \"Condition\": {\"StringEquals\":"
                + " {\"aws:ResourceTag/team\": {}}}}");

    assertSingle(
        key(text),
        text,
        FindingCode.INVALID_ELEMENT_TYPE,
        Severity.ERROR,
        "/Statement/0/Condition/StringEquals/aws:ResourceTag~1team",
        "{}}}");
  }
}
