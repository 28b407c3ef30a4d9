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
    String tail =
        ",\"Resource\":\"*\",\"Condition\":{\"StringEquals\":{\"kms:ViaService\":\"x\"}}";
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
}
