package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.VALIDATOR;
import static io.atrest.policy.validate.ValidatorFixtures.assertNone;
import static io.atrest.policy.validate.ValidatorFixtures.assertSingle;
import static io.atrest.policy.validate.ValidatorFixtures.key;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static io.atrest.policy.validate.ValidatorFixtures.position;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PolicyValidatorTest {

  @Test
  void textThatIsNotJson_isInvalidJsonWhereReadingStopped() {
    String text =
        "{\n"
            + "  \"Version\": \"2012-10-17\",\n"
            + "  \"Statement\": {\"Effect\": \"Allow\" \"Action\": \"kms:Decrypt\"}\n"
            + "}\n";
    ValidationResult result = key(text);

    Finding finding = result.findings().get(0);
    assertThat(result.findings()).hasSize(1);
    assertThat(finding.code()).isEqualTo(FindingCode.INVALID_JSON);
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    int[] stop = position(text, "\"Action\"");
    assertThat(new int[] {finding.line(), finding.column()}).containsExactly(stop[0], stop[1]);
  }

  @Test
  void wellFormedPolicy_hasNoInvalidJson() {
    assertNone(key(policy(ROOT)), FindingCode.INVALID_JSON);
  }

  @Test
  void emptyText_isInvalidJsonAtTheStart() {
    Finding finding = key("").findings().get(0);

    assertThat(finding.code()).isEqualTo(FindingCode.INVALID_JSON);
    assertThat(new int[] {finding.line(), finding.column()}).containsExactly(1, 1);
  }

  @Test
  void garbageAfterThePolicy_isInvalidJson() {
    String text = policy(ROOT) + "garbage";

    assertThat(key(text).findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.INVALID_JSON);
  }

  @Test
  void documentThatIsAnArray_isNotAnObject() {
    String text = "[\n  " + ROOT + "\n]\n";
    ValidationResult result = key(text);

    assertSingle(result, text, FindingCode.NOT_AN_OBJECT, Severity.ERROR, "", "[");
    assertThat(result.findings()).hasSize(1);
  }

  @Test
  void documentThatIsAnObject_isNotReportedAsNotAnObject() {
    assertNone(key(policy(ROOT)), FindingCode.NOT_AN_OBJECT);
  }

  @Test
  void policyWithoutStatement_isMissingStatement() {
    String text = "{\n  \"Version\": \"2012-10-17\"\n}\n";

    assertSingle(key(text), text, FindingCode.MISSING_STATEMENT, Severity.ERROR, "", "{");
  }

  @Test
  void policyWithEmptyStatementList_isMissingStatement() {
    String text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}\n";

    assertSingle(
        key(text), text, FindingCode.MISSING_STATEMENT, Severity.ERROR, "/Statement", "[]");
  }

  @Test
  void policyWithOneStatementObject_isNotMissingStatement() {
    String text = "{\"Version\": \"2012-10-17\", \"Statement\": " + ROOT + "}";

    assertThat(key(text).findings()).isEmpty();
  }

  @Test
  void autoKind_withPrincipal_isKeyPolicy() {
    ValidationResult result = VALIDATOR.validate("p.json", policy(ROOT), PolicyKind.AUTO);

    assertThat(result.kind()).isEqualTo(PolicyKind.KEY_POLICY);
  }

  @Test
  void autoKind_withoutPrincipal_isIdentityPolicy() {
    String text =
        policy("{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}");

    ValidationResult result = VALIDATOR.validate("p.json", text, PolicyKind.AUTO);

    assertThat(result.kind()).isEqualTo(PolicyKind.IDENTITY_POLICY);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void resultCarriesTheFileName() {
    assertThat(VALIDATOR.validate("keys/app.json", "{}", PolicyKind.AUTO).fileName())
        .isEqualTo("keys/app.json");
  }

  @Test
  void findings_areSortedByLineThenColumn() {
    String text =
        policy(
            "{\"Effect\": \"Alow\", \"Principal\": \"*\", \"Action\": \"kms:Decryp\", \"Resource\":"
                + " \"*\"}",
            "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"1234\"}, \"Action\": \"kms:Foo\","
                + " \"Resource\": \"*\"}");

    ValidationResult result = key(text);

    assertThat(result.findings()).hasSizeGreaterThan(3).isSortedAccordingTo(Finding.BY_LOCATION);
    assertThat(result.findings())
        .allSatisfy(
            f -> {
              assertThat(f.line()).isPositive();
              assertThat(f.column()).isPositive();
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aws-managed-dynamodb.json",
        "customer-managed-dynamodb.json",
        "cloudformation-dynamodb.json"
      })
  void seedKeyPolicies_haveNoError(String name) {
    String text = ValidatorFixtures.resource("seeds/" + name);

    ValidationResult result = VALIDATOR.validate(name, text, PolicyKind.AUTO);

    assertThat(result.kind()).isEqualTo(PolicyKind.KEY_POLICY);
    assertThat(result.fails(Severity.ERROR))
        .as("errors in %s: %s", name, result.findings())
        .isFalse();
    assertThat(result.fails(Severity.SECURITY_WARNING)).as("%s", result.findings()).isFalse();
  }

  @Test
  void seedAwsManagedPolicy_lacksOnlyTheAccountDelegation() {
    ValidationResult result =
        VALIDATOR.validate(
            "p", ValidatorFixtures.resource("seeds/aws-managed-dynamodb.json"), PolicyKind.AUTO);

    assertThat(result.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.NO_ACCOUNT_DELEGATION);
  }

  @Test
  void seedCloudFormationPolicy_hasNoFinding() {
    ValidationResult result =
        VALIDATOR.validate(
            "p", ValidatorFixtures.resource("seeds/cloudformation-dynamodb.json"), PolicyKind.AUTO);

    assertThat(result.findings()).isEmpty();
  }

  @Test
  void numberBeyondAnyDecimal_isInvalidJsonAtTheNumber() {
    String text =
        policy(
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\", \"Condition\": {\"NumericLessThan\": {\"kms:RotationPeriodInDays\":"
                + " 1e99999999999}}}");

    ValidationResult result = key(text);

    assertThat(result.findings()).hasSize(1);
    Finding finding = result.findings().get(0);
    assertThat(finding.code()).isEqualTo(FindingCode.INVALID_JSON);
    int[] at = position(text, "1e99999999999");
    assertThat(new int[] {finding.line(), finding.column()}).containsExactly(at[0], at[1]);
  }

  @Test
  void hugeValue_isShortenedInTheMessage() {
    String action = "kms:" + "x".repeat(5_000);
    String text =
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \""
                + action
                + "\", \"Resource\": \"*\"}");

    Finding finding = key(text).withCode(FindingCode.UNKNOWN_KMS_ACTION).get(0);

    assertThat(finding.message()).hasSizeLessThan(300).contains("kms:xxx").contains("...`");
  }
}
