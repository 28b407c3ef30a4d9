package io.atrest.reports.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import io.atrest.reports.model.KmsUsage;
import io.atrest.reports.model.RunOutcome;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KmsUsageCollectorTest {

  @Test
  void usageOfSeveralScenarios_isSummedPerKeyAndOperation() {
    KmsUsage usage =
        KmsUsageCollector.collect(
            List.of(
                TestData.run(
                    "a", 1, RunOutcome.PASSED, List.of(), TestData.evidence("kms-usage.json")),
                TestData.run(
                    "b", 2, RunOutcome.PASSED, List.of(), TestData.evidence("kms-usage.json"))));

    assertThat(usage.requests())
        .containsExactly(
            new KmsUsage.Row("alias/books", "Decrypt", 6),
            new KmsUsage.Row("alias/books", "GenerateDataKey", 2));
    assertThat(usage.monthlyCostUsd()).isEqualByComparingTo(new BigDecimal("2.06"));
    assertThat(usage.scenariosReporting()).isEqualTo(2);
  }

  @Test
  void latestUsageOfAScenario_supersedesItsEarlierOnes() {
    KmsUsage usage =
        KmsUsageCollector.collect(
            List.of(
                TestData.run(
                    "a",
                    1,
                    RunOutcome.PASSED,
                    List.of(),
                    TestData.evidence("kms-usage.json"),
                    TestData.evidence("kms-usage.json"))));

    assertThat(usage.monthlyCostUsd()).isEqualByComparingTo(new BigDecimal("1.03"));
    assertThat(usage.requests().get(0).count()).isEqualTo(3);
  }

  @Test
  void noUsageEvidence_costsNothing() {
    KmsUsage usage =
        KmsUsageCollector.collect(List.of(TestData.run("a", 1, RunOutcome.PASSED, List.of())));

    assertThat(usage.requests()).isEmpty();
    assertThat(usage.monthlyCostUsd()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(usage.scenariosReporting()).isZero();
  }
}
