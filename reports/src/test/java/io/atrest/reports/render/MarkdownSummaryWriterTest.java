package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import org.junit.jupiter.api.Test;

class MarkdownSummaryWriterTest {

  private static final String MD = MarkdownSummaryWriter.render(TestData.fullReport());

  @Test
  void heading_givesTheVerdictAndExitStatus() {
    assertThat(MD).startsWith("# atrest compliance: FAILED (exit status 1)\n");
  }

  @Test
  void table_givesTheFigures() {
    assertThat(MD)
        .contains("| Controls | 3 | 0 | 1 | 1 | 1 |")
        .contains("| Requirements | 3 | 0 | 1 | 1 | 1 |");
  }

  @Test
  void failedControl_namesTheScenarioAndTheDecidingStatement() {
    assertThat(MD)
        .contains("### FAIL TST-AC-02")
        .contains("decision EXPLICIT_DENY for `kms:Decrypt`")
        .contains("denied by `key-policy` statement `DenyOutsideDynamoDB`");
  }

  @Test
  void uncoveredControlsAndRequirements_areListed() {
    assertThat(MD)
        .contains("Controls with no scenario (1): TST-AU-03")
        .contains("Requirements with no scenario (1): TST-REQ-003");
  }

  @Test
  void neverDecidedStatements_areListed() {
    assertThat(MD).contains("- `key-policy`: `EnableIamDelegation`, `AllowTableUse`");
  }
}
