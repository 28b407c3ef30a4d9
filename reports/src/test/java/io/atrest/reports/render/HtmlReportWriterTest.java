package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

  private static final String HTML = HtmlReportWriter.render(TestData.fullReport());

  @Test
  void page_referencesNoExternalUrl() {
    assertThat(HTML).doesNotContainPattern(Pattern.compile("(?i)https?:"));
    assertThat(HTML)
        .doesNotContainPattern(Pattern.compile("(?i)<link|<script[^>]+src|<img|@import|url\\("));
    assertThat(HTML).doesNotContainPattern(Pattern.compile("(?i)href=\"(?!#)"));
  }

  @Test
  void page_inlinesItsStyleScriptAndChart() {
    assertThat(HTML).contains("<style>").contains("<script>").contains("<svg class=\"chart\"");
  }

  @Test
  void summary_showsControlFigures() {
    assertThat(HTML)
        .contains("id=\"summary-controls\"")
        .contains("<span class=\"n-failed\">1 failed</span>")
        .contains("<span class=\"n-not-covered\">1 not covered</span>");
  }

  @Test
  void failedControl_showsDecisionReasonsConditionsTrailAndKeyStates() {
    String control =
        HTML.substring(HTML.indexOf("id=\"c-TST-AC-02\""), HTML.indexOf("id=\"c-TST-AU-03\""));

    assertThat(control)
        .contains("EXPLICIT_DENY")
        .contains("DenyOutsideDynamoDB")
        .contains("StringNotEquals")
        .contains("kms:ViaService")
        .contains("(absent)")
        .contains("AccessDenied")
        .contains("Disabled")
        .contains("alias/books");
    assertThat(control).contains("<details open>");
  }

  @Test
  void uncoveredControl_isFlagged() {
    String control = HTML.substring(HTML.indexOf("id=\"c-TST-AU-03\""));

    assertThat(control).contains("No scenario evidences this control.");
  }

  @Test
  void scenarioName_isEscaped() {
    assertThat(HTML).contains("refused &lt;for real&gt;").doesNotContain("<for real>");
  }

  @Test
  void waivedFailure_showsTheWaiver() {
    assertThat(HTML)
        .contains("Waived (scenario `Decrypt under a disabled key fails`)")
        .contains("alice@example.com");
  }

  @Test
  void filters_offerStatusesAndEveryTag() {
    assertThat(HTML)
        .contains("<select id=\"filter-status\">")
        .contains("<option value=\"waived\">")
        .contains("<option value=\"@smoke\">")
        .contains("<option value=\"@req:TST-REQ-003\">");
  }

  @Test
  void unknownAndMalformedEvidence_areShown() {
    assertThat(HTML).contains("Evidence of kind futureKind").contains("Malformed evidence: broken");
  }
}
