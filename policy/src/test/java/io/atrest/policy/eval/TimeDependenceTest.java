package io.atrest.policy.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.parse.PolicyParser;
import org.junit.jupiter.api.Test;

class TimeDependenceTest {

  private static PolicyDocument policy(String statementTail) throws Exception {
    return PolicyParser.parse(
        "p",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\""
            + statementTail
            + "}]}");
  }

  @Test
  void policyWithoutTimeConditions_doesNotDependOnTime() throws Exception {
    String tail = ",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"x\"}}";
    assertThat(TimeDependence.of(policy(tail))).isFalse();
  }

  @Test
  void dateOperator_dependsOnTime() throws Exception {
    String tail =
        ",\"Resource\":\"*\",\"Condition\":{\"DateLessThan\":"
            + "{\"aws:TokenIssueTime\":\"2026-01-01T00:00:00Z\"}}";
    assertThat(TimeDependence.of(policy(tail))).isTrue();
  }

  @Test
  void epochTimeKeyUnderNumericOperator_inAnyCase_dependsOnTime() throws Exception {
    String tail =
        ",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":{\"AWS:EPOCHTIME\":\"1767225600\"}}";
    assertThat(TimeDependence.of(policy(tail))).isTrue();
  }

  @Test
  void timeVariableInAConditionValue_dependsOnTime() throws Exception {
    String tail =
        ",\"Resource\":\"*\",\"Condition\":{\"StringLike\":"
            + "{\"kms:EncryptionContext:day\":\"${aws:CurrentTime}*\"}}";
    assertThat(TimeDependence.of(policy(tail))).isTrue();
  }

  @Test
  void timeVariableInAResource_dependsOnTime() throws Exception {
    String tail = ",\"Resource\":\"arn:aws:kms:us-west-2:111122223333:key/${aws:EpochTime}\"";
    assertThat(TimeDependence.of(policy(tail))).isTrue();
  }

  @Test
  void mfaAgeCondition_dependsOnTime() throws Exception {
    String tail =
        ",\"Resource\":\"*\",\"Condition\":{\"NumericLessThan\":"
            + "{\"aws:MultiFactorAuthAge\":\"3600\"}}";
    assertThat(TimeDependence.of(policy(tail))).isTrue();
  }

  @Test
  void contextWithoutTime_dropsEveryTimeKeyInAnyCase_andKeepsTheRest() {
    RequestContext context =
        RequestContext.builder()
            .put("aws:CurrentTime", "2026-01-01T00:00:00Z")
            .put("AWS:EpochTime", "1767225600")
            .put("aws:TokenIssueTime", "2026-01-01T00:00:00Z")
            .put("aws:MultiFactorAuthAge", "30")
            .put("kms:ViaService", "dynamodb.us-west-2.amazonaws.com")
            .build();

    RequestContext timeless = TimeDependence.withoutTime(context);

    assertThat(timeless.asMap()).containsOnlyKeys("kms:ViaService");
    assertThat(context.asMap()).hasSize(5);
  }

  @Test
  void contextsDifferingOnlyInTheTime_areEqualWithoutTime() {
    RequestContext.Builder common = RequestContext.builder().put("kms:CallerAccount", "1");
    RequestContext early =
        RequestContext.builder()
            .putAll(common)
            .put("aws:CurrentTime", "2026-01-01T00:00:00Z")
            .build();
    RequestContext late =
        RequestContext.builder()
            .putAll(common)
            .put("aws:CurrentTime", "2026-01-01T00:00:01Z")
            .build();

    assertThat(early).isNotEqualTo(late);
    assertThat(TimeDependence.withoutTime(early)).isEqualTo(TimeDependence.withoutTime(late));
  }

  @Test
  void contextWithoutTimeKeys_isItsOwnTimelessForm() {
    RequestContext context = RequestContext.builder().put("kms:CallerAccount", "1").build();

    assertThat(TimeDependence.withoutTime(context)).isSameAs(context);
  }
}
