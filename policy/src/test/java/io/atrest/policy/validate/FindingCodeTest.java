package io.atrest.policy.validate;

import static io.atrest.policy.validate.ValidatorFixtures.ROOT;
import static io.atrest.policy.validate.ValidatorFixtures.VALIDATOR;
import static io.atrest.policy.validate.ValidatorFixtures.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FindingCodeTest {

  /** For every code, a key policy (or identity policy, prefixed {@code I:}) that produces it. */
  private static final Map<FindingCode, String> SAMPLES = new EnumMap<>(FindingCode.class);

  private static String keyStatement(String body) {
    return policy(
        ROOT,
        "{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/r\"}, "
            + body
            + "}");
  }

  private static String decryptWhen(String condition) {
    return keyStatement(
        "\"Action\": \"kms:Decrypt\", \"Resource\": \"*\", \"Condition\": " + condition);
  }

  static {
    SAMPLES.put(FindingCode.INVALID_JSON, "{\"Statement\": [");
    SAMPLES.put(FindingCode.NOT_AN_OBJECT, "[]");
    SAMPLES.put(FindingCode.MISSING_STATEMENT, "{\"Version\": \"2012-10-17\"}");
    SAMPLES.put(FindingCode.UNKNOWN_ELEMENT, "{\"Statement\": [" + ROOT + "], \"Extra\": 1}");
    SAMPLES.put(
        FindingCode.INVALID_ELEMENT_TYPE, keyStatement("\"Action\": 1, \"Resource\": \"*\""));
    SAMPLES.put(FindingCode.INVALID_VERSION, "{\"Version\": \"1\", \"Statement\": [" + ROOT + "]}");
    SAMPLES.put(FindingCode.MISSING_VERSION, "{\"Statement\": [" + ROOT + "]}");
    SAMPLES.put(
        FindingCode.MISSING_EFFECT,
        policy("{\"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}"));
    SAMPLES.put(
        FindingCode.INVALID_EFFECT,
        policy(
            "{\"Effect\": \"Permit\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}"));
    SAMPLES.put(FindingCode.MISSING_ACTION, keyStatement("\"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.CONFLICTING_ELEMENTS,
        keyStatement(
            "\"Action\": \"kms:Decrypt\", \"NotAction\": \"kms:Sign\", \"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.MISSING_PRINCIPAL,
        policy(ROOT, "{\"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}"));
    SAMPLES.put(FindingCode.PRINCIPAL_IN_IDENTITY_POLICY, "I:" + policy(ROOT));
    SAMPLES.put(FindingCode.MISSING_RESOURCE, keyStatement("\"Action\": \"kms:Decrypt\""));
    SAMPLES.put(
        FindingCode.INVALID_SID,
        "I:"
            + policy(
                "{\"Sid\": \"a-b\", \"Effect\": \"Allow\", \"Action\": \"kms:Decrypt\","
                    + " \"Resource\": \"*\"}"));
    SAMPLES.put(FindingCode.DUPLICATE_SID, policy(ROOT, ROOT));
    SAMPLES.put(
        FindingCode.DUPLICATE_KEY,
        "{\"Statement\": [" + ROOT + "], \"Statement\": [" + ROOT + "]}");
    SAMPLES.put(
        FindingCode.POLICY_TOO_LARGE,
        "{\"Id\": \"" + "x".repeat(40_000) + "\", \"Statement\": [" + ROOT + "]}");
    SAMPLES.put(
        FindingCode.MALFORMED_ACTION, keyStatement("\"Action\": \"Decrypt\", \"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.UNKNOWN_KMS_ACTION,
        keyStatement("\"Action\": \"kms:Decrypts\", \"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.ACTION_OF_OTHER_SERVICE,
        keyStatement("\"Action\": \"s3:GetObject\", \"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.MALFORMED_PRINCIPAL, policy(ROOT.replace("111122223333:root", "*:root")));
    SAMPLES.put(
        FindingCode.UNKNOWN_CONDITION_OPERATOR,
        decryptWhen("{\"StringEqualz\": {\"kms:ViaService\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.INVALID_CONDITION_VALUE,
        decryptWhen("{\"Bool\": {\"aws:SecureTransport\": \"yes\"}}"));
    SAMPLES.put(
        FindingCode.UNKNOWN_CONDITION_KEY,
        decryptWhen("{\"StringEquals\": {\"kms:Vias\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.CONDITION_KEY_NOT_APPLICABLE,
        decryptWhen("{\"StringEquals\": {\"kms:GranteePrincipal\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY,
        decryptWhen("{\"ForAllValues:StringEquals\": {\"kms:EncryptionContext:a\": \"b\"}}"));
    SAMPLES.put(
        FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY,
        decryptWhen("{\"ForAnyValue:StringEquals\": {\"kms:ViaService\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.FORALLVALUES_ALLOW_MAY_BE_EMPTY,
        decryptWhen("{\"ForAllValues:StringEquals\": {\"kms:EncryptionContextKeys\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.STRINGLIKE_WITHOUT_WILDCARD,
        decryptWhen("{\"StringLike\": {\"kms:ViaService\": \"a\"}}"));
    SAMPLES.put(
        FindingCode.STRINGEQUALS_WITH_WILDCARD,
        decryptWhen("{\"StringEquals\": {\"kms:ViaService\": \"a*\"}}"));
    SAMPLES.put(
        FindingCode.VARIABLE_WITHOUT_VERSION,
        "{\"Statement\": ["
            + ROOT.replace("\"*\"}", "\"arn:aws:kms:*:*:key/${aws:username}\"}")
            + "]}");
    SAMPLES.put(
        FindingCode.PUBLIC_ACCESS,
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\","
                + " \"Resource\": \"*\"}"));
    SAMPLES.put(
        FindingCode.KMS_ALL_BEYOND_ADMINS,
        keyStatement("\"Action\": \"kms:*\", \"Resource\": \"*\""));
    SAMPLES.put(
        FindingCode.ALLOW_WITH_NOT_PRINCIPAL,
        policy(
            ROOT,
            "{\"Effect\": \"Allow\", \"NotPrincipal\": {\"AWS\": \"111122223333\"}, \"Action\":"
                + " \"kms:Decrypt\", \"Resource\": \"*\"}"));
    SAMPLES.put(
        FindingCode.ALLOW_WITH_NOT_ACTION,
        keyStatement("\"NotAction\": \"kms:Decrypt\", \"Resource\": \"*\""));
    SAMPLES.put(FindingCode.NO_ACCOUNT_DELEGATION, policy(ROOT.replace("kms:*", "kms:Get*")));
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCode_isProducedBySomePolicy(FindingCode code) {
    String sample = SAMPLES.get(code);
    assertThat(sample).as("a sample policy for %s", code).isNotNull();
    boolean identity = sample.startsWith("I:");
    ValidationResult result =
        VALIDATOR.validate(
            "sample.json",
            identity ? sample.substring(2) : sample,
            identity ? PolicyKind.IDENTITY_POLICY : PolicyKind.KEY_POLICY);

    assertThat(result.withCode(code)).as("findings of %s", result.findings()).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(FindingCode.class)
  void everyCode_hasUpperSnakeNameTitleAndHelp(FindingCode code) {
    assertThat(code.name()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    assertThat(code.title()).isNotBlank().doesNotEndWith(".");
    assertThat(code.help()).isNotBlank().hasSizeGreaterThan(code.title().length());
  }

  @Test
  void codesNamedInTheValidateContract_exist() {
    for (String name :
        new String[] {
          "INVALID_JSON",
          "UNKNOWN_ELEMENT",
          "MISSING_EFFECT",
          "INVALID_EFFECT",
          "MISSING_ACTION",
          "MISSING_PRINCIPAL",
          "UNKNOWN_KMS_ACTION",
          "MALFORMED_PRINCIPAL",
          "UNKNOWN_CONDITION_OPERATOR",
          "INVALID_CONDITION_VALUE",
          "DUPLICATE_SID",
          "POLICY_TOO_LARGE",
          "ALLOW_WITH_NOT_PRINCIPAL",
          "PUBLIC_ACCESS",
          "KMS_ALL_BEYOND_ADMINS",
          "NO_ACCOUNT_DELEGATION",
          "STRINGLIKE_WITHOUT_WILDCARD",
          "STRINGEQUALS_WITH_WILDCARD",
          "VARIABLE_WITHOUT_VERSION",
          "CONDITION_KEY_NOT_APPLICABLE",
          "FORALLVALUES_ALLOW_MAY_BE_EMPTY",
          "FORALLVALUES_ON_SINGLE_VALUED_KEY",
          "DUPLICATE_KEY"
        }) {
      assertThat(FindingCode.valueOf(name).name()).isEqualTo(name);
    }
  }

  @Test
  void severities_matchTheContract() {
    assertThat(FindingCode.PUBLIC_ACCESS.defaultSeverity()).isEqualTo(Severity.SECURITY_WARNING);
    assertThat(FindingCode.KMS_ALL_BEYOND_ADMINS.defaultSeverity())
        .isEqualTo(Severity.SECURITY_WARNING);
    assertThat(FindingCode.NO_ACCOUNT_DELEGATION.defaultSeverity()).isEqualTo(Severity.WARNING);
    assertThat(FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY.defaultSeverity())
        .isEqualTo(Severity.ERROR);
    assertThat(FindingCode.STRINGLIKE_WITHOUT_WILDCARD.defaultSeverity())
        .isEqualTo(Severity.SUGGESTION);
  }
}
