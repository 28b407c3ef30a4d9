package io.atrest.policy.eval;

import static io.atrest.policy.eval.Requests.DB_LEAD;
import static io.atrest.policy.eval.Requests.KEY;
import static io.atrest.policy.eval.Requests.context;
import static io.atrest.policy.eval.Requests.policy;
import static io.atrest.policy.eval.Requests.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatementEvaluatorTest {

  private static Optional<StatementResult> evaluate(
      Statement s, String action, RequestContext context) {
    AuthorizationRequest request = Requests.request(DB_LEAD, action, context);
    return StatementEvaluator.evaluate(s, request, ConditionKeys.of(request), true);
  }

  private static Statement allow(String action, String resource) {
    return statement(
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":"
            + action
            + ",\"Resource\":"
            + resource
            + "}");
  }

  @Test
  void actions_matchCaseInsensitivelyWithWildcards() {
    Statement s = allow("[\"KMS:reencrypt*\",\"kms:GenerateDataKey?ithoutPlaintext\"]", "\"*\"");
    assertThat(evaluate(s, "kms:ReEncryptFrom", context())).isPresent();
    assertThat(evaluate(s, "kms:GenerateDataKeyWithoutPlaintext", context())).isPresent();
    assertThat(evaluate(s, "kms:Decrypt", context())).isEmpty();
  }

  @Test
  void notAction_coversEveryOtherAction() {
    Statement s =
        statement(
            "{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotAction\":\"kms:Describe*\",\"Resource\":\"*\"}");
    assertThat(evaluate(s, "kms:Decrypt", context())).isPresent();
    assertThat(evaluate(s, "kms:DescribeKey", context())).isEmpty();
  }

  @Test
  void statementWithoutAction_neverApplies() {
    assertThat(
            evaluate(
                statement("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Resource\":\"*\"}"),
                "kms:Decrypt",
                context()))
        .isEmpty();
  }

  @Test
  void starResource_isTheKey() {
    assertThat(
            evaluate(allow("\"kms:Decrypt\"", "\"*\""), "kms:Decrypt", context())
                .orElseThrow()
                .applies())
        .isTrue();
  }

  @Test
  void arnResource_mustMatchTheKey() {
    assertThat(
            evaluate(
                    allow("\"kms:Decrypt\"", "\"arn:aws:kms:*:111122223333:key/*\""),
                    "kms:Decrypt",
                    context())
                .orElseThrow()
                .applies())
        .isTrue();
    StatementResult miss =
        evaluate(
                allow("\"kms:Decrypt\"", "\"arn:aws:kms:*:444455556666:key/*\""),
                "kms:Decrypt",
                context())
            .orElseThrow();
    assertThat(miss.applies()).isFalse();
    assertThat(miss.problems())
        .singleElement()
        .asString()
        .contains("does not match Resource")
        .contains(KEY);
  }

  @Test
  void notResource_excludesTheListedResources() {
    Statement s =
        statement(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"NotResource\":\""
                + KEY
                + "\"}");
    StatementResult r = evaluate(s, "kms:Decrypt", context()).orElseThrow();
    assertThat(r.applies()).isFalse();
    assertThat(r.problems()).singleElement().asString().contains("excluded by NotResource");
    Statement other =
        statement(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"NotResource\":\"arn:aws:kms:*:*:key/other\"}");
    assertThat(evaluate(other, "kms:Decrypt", context()).orElseThrow().applies()).isTrue();
  }

  @Test
  void statementWithoutResource_isANearMissThatSaysWhy() {
    StatementResult r =
        evaluate(
                statement("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\"}"),
                "kms:Decrypt",
                context())
            .orElseThrow();
    assertThat(r.applies()).isFalse();
    assertThat(r.problems()).singleElement().asString().contains("no Resource or NotResource");
  }

  @Test
  void resourceVariable_isResolvedUnder2012() {
    String resource = "\"arn:aws:kms:us-west-2:111122223333:key/${aws:PrincipalTag/key}\"";
    Statement s = allow("\"kms:Decrypt\"", resource);
    assertThat(
            evaluate(
                    s,
                    "kms:Decrypt",
                    context("aws:PrincipalTag/key", "1234abcd-12ab-34cd-56ef-1234567890ab"))
                .orElseThrow()
                .applies())
        .isTrue();
    assertThat(evaluate(s, "kms:Decrypt", context()).orElseThrow().applies()).isFalse();
  }

  @Test
  void resourceVariable_isLiteralUnder2008() {
    PolicyDocument old =
        policy(
            PolicyDocument.VERSION_2008,
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\","
                + "\"Resource\":\"arn:aws:kms:us-west-2:111122223333:key/${aws:PrincipalTag/key}\"}");
    RequestContext tagged = context("aws:PrincipalTag/key", "1234abcd-12ab-34cd-56ef-1234567890ab");
    assertThat(evaluate(old.statements().get(0), "kms:Decrypt", tagged).orElseThrow().applies())
        .isFalse();
  }

  @Test
  void allKeysAndAllOperators_mustHold() {
    Statement s =
        statement(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\",\"Condition\":{"
                + "\"StringEquals\":{\"kms:ViaService\":\"dynamodb.us-west-2.amazonaws.com\",\"kms:CallerAccount\":\"111122223333\"},"
                + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}}");
    RequestContext all =
        context(
            "kms:ViaService", "dynamodb.us-west-2.amazonaws.com", "aws:SecureTransport", "true");
    assertThat(evaluate(s, "kms:Decrypt", all).orElseThrow().applies()).isTrue();
    StatementResult oneFails =
        evaluate(s, "kms:Decrypt", context("kms:ViaService", "dynamodb.us-west-2.amazonaws.com"))
            .orElseThrow();
    assertThat(oneFails.applies()).isFalse();
    assertThat(oneFails.checks()).hasSize(3).filteredOn(c -> !c.satisfied()).hasSize(1);
  }

  @Test
  void unknownOperator_makesTheStatementANearMissWithAProblem() {
    Statement s =
        statement(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEqualz\":{\"kms:ViaService\":\"x\"}}}");
    StatementResult r = evaluate(s, "kms:Decrypt", context("kms:ViaService", "x")).orElseThrow();
    assertThat(r.applies()).isFalse();
    assertThat(r.problems())
        .singleElement()
        .asString()
        .contains("`StringEqualz` is not a condition operator");
  }

  @Test
  void identityPolicyStatement_isNotCheckedForAPrincipal() {
    Statement s =
        statement("{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\"" + KEY + "\"}");
    AuthorizationRequest request = Requests.request(DB_LEAD, "kms:Decrypt", context());
    StatementResult r =
        StatementEvaluator.evaluate(s, request, ConditionKeys.of(request), false).orElseThrow();
    assertThat(r.principal()).isEqualTo(PrincipalMatch.IDENTITY);
    assertThat(r.applies()).isTrue();
  }

  @Test
  void statementForAnotherPrincipal_producesNoResult() {
    Statement s =
        statement(
            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:user/alice\"},\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(evaluate(s, "kms:Decrypt", context())).isEmpty();
  }
}
