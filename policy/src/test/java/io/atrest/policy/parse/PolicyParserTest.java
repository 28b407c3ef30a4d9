package io.atrest.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.SourceLocation;
import io.atrest.policy.model.BaseOperator;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.Effect;
import io.atrest.policy.model.Operand;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.PrincipalRef;
import io.atrest.policy.model.Statement;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PolicyParserTest {

  private static PolicyDocument parse(String json) throws PolicyParseException {
    return PolicyParser.parse("test-policy", json);
  }

  private static Statement only(String statementJson) throws PolicyParseException {
    return parse("{\"Version\":\"2012-10-17\",\"Statement\":" + statementJson + "}")
        .statements()
        .get(0);
  }

  private static PolicyParseException rejection(String json) {
    try {
      parse(json);
    } catch (PolicyParseException e) {
      return e;
    }
    throw new AssertionError("expected a PolicyParseException for " + json);
  }

  @Test
  void documentLevelElements_areRead() throws PolicyParseException {
    String json = "{\"Version\":\"2012-10-17\",\"Id\":\"key-policy-1\",\"Statement\":[]}";
    PolicyDocument policy = parse(json);
    assertThat(policy.source()).isEqualTo("test-policy");
    assertThat(policy.version()).contains("2012-10-17");
    assertThat(policy.id()).contains("key-policy-1");
    assertThat(policy.statements()).isEmpty();
    assertThat(policy.sizeInBytes()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
    assertThat(policy.variablesEnabled()).isTrue();
  }

  @Test
  void oldOrMissingVersion_isAcceptedWithoutVariables() throws PolicyParseException {
    assertThat(parse("{\"Version\":\"2008-10-17\",\"Statement\":[]}").variablesEnabled()).isFalse();
    PolicyDocument noVersion = parse("{\"Statement\":[]}");
    assertThat(noVersion.version()).isEmpty();
    assertThat(noVersion.variablesEnabled()).isFalse();
  }

  @Test
  void statementAsSingleObject_isOneStatement() throws PolicyParseException {
    Statement s =
        only(
            "{\"Sid\":\"One\",\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(s.sid()).contains("One");
    assertThat(s.index()).isZero();
    assertThat(s.location().pointer()).isEqualTo("/Statement");
  }

  @Test
  void statementsInAnArray_keepTheirIndexAndLocation() throws PolicyParseException {
    PolicyDocument policy =
        parse(
            "{\"Statement\":[\n"
                + "  {\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"},\n"
                + "  {\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}\n"
                + "]}");
    Statement second = policy.statements().get(1);
    assertThat(second.index()).isEqualTo(1);
    assertThat(second.effect()).isEqualTo(Effect.DENY);
    assertThat(second.label()).isEqualTo("Statement[1]");
    assertThat(second.location()).isEqualTo(new SourceLocation("/Statement/1", 3, 3));
  }

  @Test
  void stringOrListValues_areBothAccepted() throws PolicyParseException {
    Statement s =
        only(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":[\"kms:Decrypt\",\"kms:Encrypt\"],\"Resource\":\"*\"}");
    assertThat(s.action().orElseThrow().patterns()).hasSize(2);
    assertThat(s.action().orElseThrow().patterns().get(1).location().pointer())
        .isEqualTo("/Statement/Action/1");
    assertThat(s.resource().orElseThrow().patterns()).hasSize(1);
  }

  @Test
  void principalStar_isAnyone() throws PolicyParseException {
    Statement s =
        only("{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(s.principal().orElseThrow().entries())
        .singleElement()
        .isInstanceOf(PrincipalRef.Anyone.class);
  }

  @Test
  void principalMap_readsEveryTypeAsStringOrList() throws PolicyParseException {
    Statement s =
        only(
            "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"111122223333\","
                + "\"arn:aws:iam::111122223333:user/db-lead\"],\"Service\":\"dynamodb.amazonaws.com\","
                + "\"Federated\":\"cognito-identity.amazonaws.com\",\"CanonicalUser\":\"79a59df9\"},"
                + "\"Action\":\"kms:*\",\"Resource\":\"*\"}");
    assertThat(s.principal().orElseThrow().entries())
        .extracting(PrincipalRef::text)
        .containsExactly(
            "111122223333",
            "arn:aws:iam::111122223333:user/db-lead",
            "dynamodb.amazonaws.com",
            "cognito-identity.amazonaws.com",
            "79a59df9");
    assertThat(s.principal().orElseThrow().entries().get(1).location().pointer())
        .isEqualTo("/Statement/Principal/AWS/1");
  }

  @Test
  void notElements_areRead() throws PolicyParseException {
    Statement s =
        only(
            "{\"Effect\":\"Deny\",\"NotPrincipal\":{\"AWS\":\"111122223333\"},"
                + "\"NotAction\":\"kms:Describe*\",\"NotResource\":\"arn:aws:kms:*:*:key/x\"}");
    assertThat(s.principal()).isEmpty();
    assertThat(s.notPrincipal()).isPresent();
    assertThat(s.notAction().orElseThrow().patterns().get(0).text()).isEqualTo("kms:Describe*");
    assertThat(s.notResource()).isPresent();
  }

  @Test
  void conditionValues_acceptStringsBooleansNumbersAndLists() throws PolicyParseException {
    Statement s =
        only(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"Bool\":{\"aws:SecureTransport\":true},\"NumericLessThan\":{\"kms:RotationPeriodInDays\":[90,"
                + " 365.5]},"
                + "\"StringEquals\":{\"kms:CallerAccount\":\"111122223333\",\"kms:ViaService\":[\"a\",\"b\"]}}}");
    assertThat(s.conditions()).hasSize(4);
    Condition bool = s.conditions().get(0);
    assertThat(bool.operator().base()).contains(BaseOperator.BOOL);
    assertThat(bool.valueTexts()).containsExactly("true");
    assertThat(s.conditions().get(1).valueTexts()).containsExactly("90", "365.5");
    assertThat(s.conditions().get(1).values().get(0).operand()).isInstanceOf(Operand.Number.class);
    assertThat(s.conditions().get(3).key()).isEqualTo("kms:ViaService");
    assertThat(s.conditions().get(3).location().pointer())
        .isEqualTo("/Statement/Condition/StringEquals/kms:ViaService");
  }

  @Test
  void unknownConditionOperator_isKeptForTheValidator() throws PolicyParseException {
    Statement s =
        only(
            "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\",\"Resource\":\"*\","
                + "\"Condition\":{\"StringEqualz\":{\"kms:ViaService\":\"x\"}}}");
    assertThat(s.conditions().get(0).operator().known()).isFalse();
  }

  @Test
  void statementWithoutActionOrResource_isKept() throws PolicyParseException {
    Statement s = only("{\"Effect\":\"Allow\",\"Principal\":\"*\"}");
    assertThat(s.action()).isEmpty();
    assertThat(s.resource()).isEmpty();
  }

  @Test
  void variablesFollowTheVersion() throws PolicyParseException {
    String statement =
        "{\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"kms:*\","
            + "\"Resource\":\"arn:aws:kms:us-west-2:111122223333:key/${aws:username}\"}";
    PolicyDocument v2012 = parse("{\"Version\":\"2012-10-17\",\"Statement\":" + statement + "}");
    PolicyDocument v2008 = parse("{\"Version\":\"2008-10-17\",\"Statement\":" + statement + "}");
    assertThat(v2012.statements().get(0).resource().orElseThrow().patterns().get(0).compiled())
        .isEmpty();
    assertThat(v2008.statements().get(0).resource().orElseThrow().patterns().get(0).compiled())
        .isPresent();
  }

  @Test
  void notJson_isRejectedWhereReadingStopped() {
    PolicyParseException e = rejection("{\n  \"Statement\": [\n    oops\n  ]\n}");
    assertThat(e.getMessage()).startsWith("not valid JSON");
    assertThat(e.location().line()).isEqualTo(3);
  }

  @Test
  void nonObjectDocument_isRejectedAtTheRoot() {
    PolicyParseException e = rejection("[1, 2]");
    assertThat(e.getMessage()).isEqualTo("test-policy: a policy is a JSON object, got an array");
    assertThat(e.location()).isEqualTo(new SourceLocation("", 1, 1));
  }

  @Test
  void unknownTopLevelElement_isRejectedAtIt() {
    PolicyParseException e = rejection("{\"Statement\":[],\n \"Statements\":[]}");
    assertThat(e.getMessage()).contains("unknown policy element `Statements`");
    assertThat(e.location()).isEqualTo(new SourceLocation("/Statements", 2, 15));
  }

  @Test
  void unknownStatementElement_isRejectedAtIt() {
    PolicyParseException e =
        rejection("{\"Statement\":[{\"Effect\":\"Allow\",\"Actions\":\"kms:*\"}]}");
    assertThat(e.getMessage()).contains("unknown statement element `Actions`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/0/Actions");
  }

  @Test
  void unsupportedVersion_isRejectedAtIt() {
    PolicyParseException e = rejection("{\"Version\":\"2012-10-18\",\"Statement\":[]}");
    assertThat(e.getMessage()).contains("`2012-10-18`");
    assertThat(e.location().pointer()).isEqualTo("/Version");
  }

  @Test
  void missingStatement_isRejected() {
    assertThat(rejection("{\"Version\":\"2012-10-17\"}").getMessage())
        .contains("needs a `Statement`");
  }

  @Test
  void statementThatIsNotAnObject_isRejectedAtIt() {
    assertThat(rejection("{\"Statement\":[\"Allow\"]}").location().pointer())
        .isEqualTo("/Statement/0");
    assertThat(rejection("{\"Statement\":\"Allow\"}").location().pointer()).isEqualTo("/Statement");
  }

  @Test
  void effectOtherThanAllowOrDeny_isRejectedAtIt() {
    PolicyParseException e =
        rejection(
            "{\"Statement\":{\"Effect\":\"allow\",\"Principal\":\"*\",\"Action\":\"kms:*\"}}");
    assertThat(e.getMessage()).contains("got `allow`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Effect");
  }

  @Test
  void missingEffect_isRejectedAtTheStatement() {
    PolicyParseException e = rejection("{\"Statement\":[{\"Action\":\"kms:*\"}]}");
    assertThat(e.getMessage()).contains("needs an `Effect`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/0");
  }

  @Test
  void actionAndNotAction_areRejected() {
    PolicyParseException e =
        rejection(
            "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"NotAction\":\"kms:Decrypt\"}}");
    assertThat(e.getMessage()).contains("both `Action` and `NotAction`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/NotAction");
  }

  @Test
  void principalAndNotPrincipal_areRejected() {
    assertThat(
            rejection(
                    "{\"Statement\":{\"Effect\":\"Deny\",\"Principal\":\"*\",\"NotPrincipal\":\"*\"}}")
                .getMessage())
        .contains("both `Principal` and `NotPrincipal`");
  }

  @Test
  void resourceAndNotResource_areRejected() {
    assertThat(
            rejection(
                    "{\"Statement\":{\"Effect\":\"Deny\",\"Resource\":\"*\",\"NotResource\":\"*\"}}")
                .getMessage())
        .contains("both `Resource` and `NotResource`");
  }

  @Test
  void principalStringOtherThanStar_isRejected() {
    PolicyParseException e =
        rejection("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"111122223333\"}}");
    assertThat(e.getMessage()).contains("`111122223333`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Principal");
  }

  @Test
  void unknownPrincipalType_isRejectedAtIt() {
    PolicyParseException e =
        rejection("{\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"Aws\":\"*\"}}}");
    assertThat(e.getMessage()).contains("got `Aws`");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Principal/Aws");
  }

  @Test
  void nonStringAction_isRejectedAtIt() {
    PolicyParseException e =
        rejection("{\"Statement\":{\"Effect\":\"Allow\",\"Action\":[\"kms:Decrypt\", 7]}}");
    assertThat(e.getMessage()).contains("`Action` must list strings, got a number");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Action/1");
  }

  @Test
  void conditionThatIsNotAnObject_isRejected() {
    PolicyParseException e =
        rejection("{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":[\"StringEquals\"]}}");
    assertThat(e.getMessage()).contains("`Condition` must be an object");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Condition");
  }

  @Test
  void conditionOperatorThatIsNotAnObject_isRejectedAtIt() {
    PolicyParseException e =
        rejection("{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":\"x\"}}}");
    assertThat(e.getMessage()).contains("operator `StringEquals` must map condition keys");
    assertThat(e.location().pointer()).isEqualTo("/Statement/Condition/StringEquals");
  }

  @Test
  void conditionValueThatIsAnObjectOrNull_isRejectedAtIt() {
    PolicyParseException nested =
        rejection(
            "{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":{\"k\":{\"a\":1}}}}}");
    assertThat(nested.getMessage()).contains("condition key `k`").contains("got an object");
    assertThat(nested.location().pointer()).isEqualTo("/Statement/Condition/StringEquals/k");
    PolicyParseException nullInList =
        rejection(
            "{\"Statement\":{\"Effect\":\"Allow\",\"Condition\":{\"StringEquals\":{\"k\":[\"a\",null]}}}}");
    assertThat(nullInList.location().pointer()).isEqualTo("/Statement/Condition/StringEquals/k/1");
  }

  @Test
  void nonStringSidOrId_isRejected() {
    assertThat(rejection("{\"Id\":1,\"Statement\":[]}").location().pointer()).isEqualTo("/Id");
    assertThat(rejection("{\"Statement\":{\"Sid\":[],\"Effect\":\"Allow\"}}").location().pointer())
        .isEqualTo("/Statement/Sid");
  }

  @Test
  void conditionNumberWithAHugeExponent_isALocatedParseError() {
    String json =
        """
        {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"kms:Decrypt",
          "Resource":"*","Condition":{"NumericLessThan":{"kms:RotationPeriodInDays":1e999999999}}}]}""";

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PolicyParser.parse("p", json))
        .isInstanceOfSatisfying(
            PolicyParseException.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.location().pointer())
                  .isEqualTo("/Statement/0/Condition/NumericLessThan/kms:RotationPeriodInDays");
              org.assertj.core.api.Assertions.assertThat(e.getMessage()).contains("1000 digits");
            });
  }
}
