package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.reports.ReportSchema;
import io.atrest.reports.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void fullReport_validatesAgainstTheSchema() {
    assertThat(ReportSchema.violations(JsonReportWriter.render(TestData.fullReport()))).isEmpty();
  }

  @Test
  void emptyRun_validatesAgainstTheSchema() {
    assertThat(
            ReportSchema.violations(
                JsonReportWriter.render(TestData.assemble(List.of(), List.of()))))
        .isEmpty();
  }

  @Test
  void schema_rejectsAReportWithAnUnknownVerdict() throws Exception {
    ObjectNode tree = (ObjectNode) JSON.readTree(JsonReportWriter.render(TestData.fullReport()));
    ((ObjectNode) tree.get("controls").get(0)).put("verdict", "MOSTLY_FINE");

    assertThat(ReportSchema.violations(tree.toString())).isNotEmpty();
  }

  @Test
  void summaryCountsMatchTheVerdicts() throws Exception {
    JsonNode summary = JSON.readTree(JsonReportWriter.render(TestData.fullReport())).get("summary");

    assertThat(summary.get("controls").toString())
        .isEqualTo("{\"total\":3,\"passed\":0,\"failed\":1,\"waived\":1,\"notCovered\":1}");
    assertThat(summary.get("scenarios").get("waived").asInt()).isEqualTo(1);
  }

  @Test
  void failedScenario_carriesItsEvidenceAsAttached() throws Exception {
    JsonNode report = JSON.readTree(JsonReportWriter.render(TestData.fullReport()));
    JsonNode failed = report.get("scenarios").get(1);

    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    JsonNode decision = failed.get("evidence").get(0);
    assertThat(decision.get("kind").asText()).isEqualTo("decision");
    assertThat(decision.get("content").get("reasons").get(0).get("statement").asText())
        .isEqualTo("DenyOutsideDynamoDB");
    List<String> kinds = new java.util.ArrayList<>();
    failed.get("evidence").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds)
        .containsExactly(
            "decision",
            "trail",
            "keyStates",
            "kmsUsage",
            "policyFindings",
            "futureKind",
            "malformed");
  }

  @Test
  void uncoveredItems_areListed() throws Exception {
    JsonNode report = JSON.readTree(JsonReportWriter.render(TestData.fullReport()));

    assertThat(report.get("uncoveredControls").toString()).isEqualTo("[\"TST-AU-03\"]");
    assertThat(report.get("uncoveredRequirements").toString()).isEqualTo("[\"TST-REQ-003\"]");
  }

  @Test
  void statementCoverage_isPerPolicy() throws Exception {
    JsonNode coverage =
        JSON.readTree(JsonReportWriter.render(TestData.fullReport())).get("statementCoverage");

    assertThat(coverage.get(0).get("policy").asText()).isEqualTo("key-policy");
    assertThat(coverage.get(0).get("neverDecided").toString())
        .isEqualTo("[\"EnableIamDelegation\",\"AllowTableUse\"]");
  }
}
