package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.TableStatus;
import io.atrest.engine.table.sse.SseDescription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseChecksTest {

  private static final String ARN =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @Test
  void matchingFields_pass() {
    assertThatCode(
            () ->
                SseChecks.check(
                    "t",
                    table(Optional.of(SseDescription.enabled(ARN))),
                    Map.of("Status", "ENABLED", "SSEType", "KMS", "KMSMasterKeyArn", ARN)))
        .doesNotThrowAnyException();
  }

  @Test
  void keyIdWhereTheArnBelongs_failsShowingTheDescription() {
    assertThatThrownBy(
            () ->
                SseChecks.check(
                    "t",
                    table(
                        Optional.of(
                            SseDescription.enabled("1234abcd-12ab-34cd-56ef-1234567890ab"))),
                    Map.of("KMSMasterKeyArn", ARN)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("KMSMasterKeyArn")
        .hasMessageContaining("TableStatus: ACTIVE");
  }

  @Test
  void missingDescription_failsAnExpectedField() {
    assertThatThrownBy(
            () -> SseChecks.check("t", table(Optional.empty()), Map.of("Status", "ENABLED")))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("it is absent");
  }

  @Test
  void absentDescription_passesWhenAbsenceIsExpected() {
    assertThatCode(
            () -> SseChecks.check("t", table(Optional.empty()), Map.of("SSEDescription", "absent")))
        .doesNotThrowAnyException();
  }

  @Test
  void presentExpectation_failsOnAnAbsentField() {
    assertThatThrownBy(
            () ->
                SseChecks.check(
                    "t",
                    table(Optional.of(SseDescription.enabled(ARN))),
                    Map.of("InaccessibleEncryptionDateTime", "present")))
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void unknownField_isAMistakeOfTheScenario() {
    assertThatThrownBy(
            () -> SseChecks.check("t", table(Optional.empty()), Map.of("KmsKeyArn", ARN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KmsKeyArn");
  }

  private static TableDescription table(Optional<SseDescription> sse) {
    return new TableDescription(
        "Music",
        "arn:aws:dynamodb:us-west-2:111122223333:table/Music",
        "id",
        TableStatus.ACTIVE,
        Instant.EPOCH,
        List.of(),
        List.of(),
        BillingMode.PROVISIONED,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        0,
        sse,
        Optional.empty(),
        List.of());
  }
}
