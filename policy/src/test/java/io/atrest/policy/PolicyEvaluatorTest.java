package io.atrest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEvaluatorTest {

  private static final String KEY =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  private static final Principal DB_LEAD =
      Principal.parse("arn:aws:iam::111122223333:user/db-lead");
  private static final PolicyEvaluator EVALUATOR = new PolicyEvaluator();

  private static PolicyDocument policy(String statements) throws PolicyParseException {
    return PolicyParser.parse(
        "key-policy", "{\"Version\":\"2012-10-17\",\"Statement\":[\n" + statements + "\n]}");
  }

  private static AuthorizationRequest decrypt(RequestContext context) {
    return new AuthorizationRequest(DB_LEAD, "kms:Decrypt", KEY, context);
  }

  private static List<Reason> of(Decision decision, Reason.Kind kind) {
    return decision.reasons().stream().filter(r -> r.kind() == kind).toList();
  }

  private static final String ALLOW =
      "{\"Sid\":\"AllowUse\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}";
  private static final String DENY =
      "{\"Sid\":\"DenyUse\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}";

  @Test
  void applyingAllow_allowsAndIsTheDeterminingReason() throws PolicyParseException {
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(ALLOW), true);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    Reason reason = d.determining().get(0);
    assertThat(reason.kind()).isEqualTo(Reason.Kind.ALLOWED_BY);
    assertThat(reason.source()).isEqualTo("key-policy");
    assertThat(reason.statement()).isEqualTo("AllowUse");
    assertThat(reason.location().orElseThrow().pointer()).isEqualTo("/Statement/0");
    assertThat(reason.message()).contains("kms:Decrypt").contains(KEY).contains("names the caller");
  }

  @Test
  void explicitDeny_beatsAnyAllow() throws PolicyParseException {
    Decision d =
        EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(ALLOW + ",\n" + DENY), true);
    assertThat(d.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly("DenyUse");
    assertThat(d.determining().get(0).message()).contains("explicit deny overrides every allow");
    assertThat(of(d, Reason.Kind.NOT_COUNTED))
        .extracting(Reason::statement)
        .containsExactly("AllowUse");
  }

  @Test
  void noApplyingStatement_isAnImplicitDenyWithANote() throws PolicyParseException {
    String describeOnly =
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:DescribeKey\",\"Resource\":\"*\"}";
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(describeOnly), true);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(d.determining()).isEmpty();
    assertThat(d.reasons())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(Reason.Kind.NOTE);
              assertThat(r.message()).contains("no statement in key-policy allows kms:Decrypt");
            });
  }

  @Test
  void nearMiss_reportsEveryConditionCheck() throws PolicyParseException {
    String viaDynamo =
        "{\"Sid\":\"ViaDynamo\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringEquals\":{\"kms:CallerAccount\":\"111122223333\","
            + "\"kms:ViaService\":\"dynamodb.us-west-2.amazonaws.com\"}}}";
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(viaDynamo), true);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    Reason nearMiss = of(d, Reason.Kind.NEAR_MISS).get(0);
    assertThat(nearMiss.statement()).isEqualTo("ViaDynamo");
    assertThat(nearMiss.message()).contains("does not apply").contains("1 condition does not hold");
    assertThat(nearMiss.conditions())
        .extracting(ConditionCheck::key, ConditionCheck::satisfied)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("kms:CallerAccount", true),
            org.assertj.core.groups.Tuple.tuple("kms:ViaService", false));
  }

  @Test
  void explanation_namesPolicyStatementKeyOperatorExpectedAndActual() throws PolicyParseException {
    String viaDynamo =
        "{\"Sid\":\"ViaDynamo\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"dynamodb.us-west-2.amazonaws.com\"}}}";
    RequestContext viaEc2 =
        RequestContext.builder().put("kms:ViaService", "ec2.us-west-2.amazonaws.com").build();
    String text = EVALUATOR.evaluate(decrypt(viaEc2), policy(viaDynamo), true).explain();
    assertThat(text)
        .contains("IMPLICIT_DENY")
        .contains("key-policy statement \"ViaDynamo\" at /Statement/0 (line 2")
        .contains(
            "StringEquals kms:ViaService: expected [dynamodb.us-west-2.amazonaws.com],"
                + " request has [ec2.us-west-2.amazonaws.com] (not satisfied)");
  }

  @Test
  void statementForAnotherAction_isNotReported() throws PolicyParseException {
    String encrypt =
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Encrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}}";
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(encrypt), true);
    assertThat(of(d, Reason.Kind.NEAR_MISS)).isEmpty();
  }

  @Test
  void unknownOperator_neverThrowsAndIsANearMissNamingIt() throws PolicyParseException {
    String typo =
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:Decrypt\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringEqualz\":{\"kms:ViaService\":\"x\"}}}";
    RequestContext via = RequestContext.builder().put("kms:ViaService", "x").build();
    Decision d = EVALUATOR.evaluate(decrypt(via), policy(typo), true);
    assertThat(d.outcome()).isEqualTo(Outcome.IMPLICIT_DENY);
    assertThat(of(d, Reason.Kind.NEAR_MISS).get(0).message())
        .contains("`StringEqualz` is not a condition operator");
    assertThat(of(d, Reason.Kind.NEAR_MISS).get(0).statement()).isEqualTo("Statement[0]");
  }

  @Test
  void denyWithNegatedIfExistsOnAMissingKey_stillDenies() throws PolicyParseException {
    String denyOutsideDynamo =
        "{\"Sid\":\"DenyOutsideDynamo\",\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\","
            + "\"Condition\":{\"StringNotEqualsIfExists\":{\"kms:ViaService\":\"dynamodb.us-west-2.amazonaws.com\"}}}";
    Decision d =
        EVALUATOR.evaluate(
            decrypt(RequestContext.empty()), policy(ALLOW + ",\n" + denyOutsideDynamo), true);
    assertThat(d.outcome()).isEqualTo(Outcome.EXPLICIT_DENY);
    assertThat(d.determining()).extracting(Reason::statement).containsExactly("DenyOutsideDynamo");
  }

  @Test
  void identityPolicy_appliesWithoutAPrincipal() throws PolicyParseException {
    PolicyDocument identity =
        PolicyParser.parse(
            "identity-policy:db-lead",
            "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:Decrypt\",\"Resource\":\""
                + KEY
                + "\"}}");
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), identity, false);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining().get(0).message()).contains("identity policy of " + DB_LEAD.arn());
  }

  @Test
  void accountPrincipal_coversTheAccountsUsersInASinglePolicy() throws PolicyParseException {
    String account =
        "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"kms:Decrypt\",\"Resource\":\"*\"}";
    Decision d = EVALUATOR.evaluate(decrypt(RequestContext.empty()), policy(account), true);
    assertThat(d.outcome()).isEqualTo(Outcome.ALLOW);
    assertThat(d.determining().get(0).message())
        .contains("names the caller's account 111122223333");
  }
}
