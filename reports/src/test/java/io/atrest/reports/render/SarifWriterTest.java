package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.reports.TestData;
import io.atrest.reports.evidence.PolicyFindingsEvidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class SarifWriterTest {

  private static JsonNode render(PolicyFindingsEvidence... evidence) throws Exception {
    return new ObjectMapper().readTree(SarifWriter.render(List.of(evidence)));
  }

  private static PolicyFindingsEvidence findings() {
    return (PolicyFindingsEvidence) TestData.evidence("policy-findings.json");
  }

  @Test
  void log_isSarif210WithOneRun() throws Exception {
    JsonNode log = render(findings());

    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    assertThat(log.get("runs")).hasSize(1);
    assertThat(log.at("/runs/0/tool/driver/name").asText()).isEqualTo("atrest");
  }

  @Test
  void eachFinding_isAResultWithItsRegion() throws Exception {
    JsonNode results = render(findings()).at("/runs/0/results");

    assertThat(results).hasSize(2);
    JsonNode second = results.get(1);
    assertThat(second.get("ruleId").asText()).isEqualTo("UNKNOWN_ACTION");
    assertThat(second.get("level").asText()).isEqualTo("error");
    assertThat(second.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("policies/app-key.json");
    assertThat(second.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
    assertThat(second.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(17);
    assertThat(second.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("/Statement/1/Action");
  }

  @Test
  void ruleIndex_pointsAtTheRuleOfTheResult() throws Exception {
    JsonNode run = render(findings()).at("/runs/0");

    for (JsonNode result : run.get("results")) {
      assertThat(run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText())
          .isEqualTo(result.get("ruleId").asText());
    }
  }

  @Test
  void securityWarning_isAWarningAndSuggestionANote() {
    assertThat(SarifWriter.level("SECURITY_WARNING")).isEqualTo("warning");
    assertThat(SarifWriter.level("SUGGESTION")).isEqualTo("note");
  }

  @Test
  void sameFindingFromTwoScenarios_appearsOnce() throws Exception {
    assertThat(render(findings(), findings()).at("/runs/0/results")).hasSize(2);
  }
}
