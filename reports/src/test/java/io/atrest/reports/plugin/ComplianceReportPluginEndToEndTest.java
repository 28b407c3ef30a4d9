package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.reports.ReportSchema;
import io.atrest.reports.TestData;
import io.cucumber.core.cli.Main;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Runs a tiny Cucumber suite (one passing, one failing scenario, tagged with controls and
 * requirements, whose glue attaches evidence) through the plugin, and reads what it wrote the way
 * CI and an auditor would, including the HTML page in headless Chromium.
 */
class ComplianceReportPluginEndToEndTest {

  private static final Path FAILING = Path.of("target", "e2e-report", "failing").toAbsolutePath();
  private static final Path WAIVED = Path.of("target", "e2e-report", "waived").toAbsolutePath();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static byte cucumberExit;

  @TempDir static Path temp;

  @BeforeAll
  static void runTheSuiteTwice() throws Exception {
    cucumberExit = cucumber(FAILING, "");
    Path waivers = temp.resolve("waivers.yaml");
    Files.writeString(
        waivers,
        """
        waivers:
          - scenario: The app role can decrypt the table key
            justification: the app role moves to a grant in SEC-42
            owner: platform-security@example.com
            expires: 2999-12-31
        """);
    cucumber(WAIVED, ";waivers=" + waivers);
  }

  private static byte cucumber(Path reportDir, String extraOptions) {
    System.setProperty("cucumber.publish.quiet", "true");
    String options =
        "dir="
            + reportDir
            + ";controls="
            + TestData.controlsFile()
            + ";requirements="
            + TestData.requirementsFile()
            + extraOptions;
    return Main.run(
        new String[] {
          "--plugin",
          ComplianceReportPlugin.class.getName() + ":" + options,
          "--plugin",
          "message:" + reportDir.resolve("cucumber.ndjson"),
          "--glue",
          "io.atrest.reports.plugin.e2e",
          "--monochrome",
          "classpath:io/atrest/reports/plugin/e2e"
        },
        Thread.currentThread().getContextClassLoader());
  }

  private static JsonNode json(Path dir, String file) throws Exception {
    return JSON.readTree(Files.readString(dir.resolve(file)));
  }

  @Test
  void failingScenario_makesTheVerdictOneInFileAndApi() throws Exception {
    assertThat(cucumberExit).isEqualTo((byte) 1);
    assertThat(json(FAILING, "verdict.json").get("exitCode").asInt()).isEqualTo(1);
    assertThat(ComplianceRun.readVerdict(FAILING).reasons())
        .anyMatch(r -> r.contains("The app role can decrypt the table key"));
  }

  @Test
  void complianceJson_validatesAndGroupsByControl() throws Exception {
    String text = Files.readString(FAILING.resolve("compliance.json"));
    assertThat(ReportSchema.violations(text)).isEmpty();

    JsonNode report = JSON.readTree(text);
    assertThat(report.at("/summary/controls").toString())
        .isEqualTo("{\"total\":3,\"passed\":1,\"failed\":1,\"waived\":0,\"notCovered\":1}");
    assertThat(report.at("/controls/1/id").asText()).isEqualTo("TST-AC-02");
    assertThat(report.at("/controls/1/scenarios/0/id").asText())
        .isEqualTo("classpath:io/atrest/reports/plugin/e2e/table-key-access.feature:10");
    assertThat(report.get("uncoveredRequirements").toString()).isEqualTo("[\"TST-REQ-003\"]");
  }

  @Test
  void failedScenario_carriesItsEvidenceAndFailure() throws Exception {
    JsonNode failed = json(FAILING, "compliance.json").at("/scenarios/1");

    assertThat(failed.get("status").asText()).isEqualTo("FAILED");
    assertThat(failed.get("failure").asText())
        .contains("expected ALLOW but the key policy decided EXPLICIT_DENY");
    List<String> kinds = new java.util.ArrayList<>();
    failed.get("evidence").forEach(e -> kinds.add(e.get("kind").asText()));
    assertThat(kinds)
        .containsExactly("decision", "trail", "keyStates", "policyFindings", "malformed");
    assertThat(failed.get("steps").get(0).get("text").asText())
        .isEqualTo("Given the evidence \"decision-deny.json\" is attached");
  }

  @Test
  void junitXml_isWellFormedWithOneFailure() throws Exception {
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(Files.readAllBytes(FAILING.resolve("junit.xml"))));

    assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo("2");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void sarifAndSummaryAndMessages_areWritten() throws Exception {
    assertThat(json(FAILING, "policy-validation.sarif").at("/runs/0/results")).hasSize(2);
    assertThat(Files.readString(FAILING.resolve("summary.md")))
        .startsWith("# atrest compliance: FAILED");
    List<String> messages = Files.readAllLines(FAILING.resolve("cucumber.ndjson"));
    assertThat(messages).anyMatch(m -> m.startsWith("{\"testRunFinished\""));
  }

  @Test
  void waivedFailure_makesTheRunPassAsWaived() throws Exception {
    assertThat(json(WAIVED, "verdict.json").get("exitCode").asInt()).isZero();
    JsonNode report = json(WAIVED, "compliance.json");
    assertThat(report.at("/scenarios/1/status").asText()).isEqualTo("WAIVED");
    assertThat(report.at("/controls/1/verdict").asText()).isEqualTo("WAIVED");
    assertThat(ReportSchema.violations(report.toString())).isEmpty();
    assertThat(ComplianceRun.lastVerdict())
        .hasValueSatisfying(v -> assertThat(v.exitCode()).isZero());
  }

  @Test
  void htmlRenderedInChromium_showsFiguresAndFailedEvidenceOffline() throws Exception {
    Path page = FAILING.resolve("index.html");
    assertThat(Files.readString(page)).doesNotContainPattern(Pattern.compile("(?i)https?:"));
    Chromium chromium = new Chromium(temp);

    String dom = chromium.dumpDom(page, "");
    chromium.screenshot(page, FAILING.resolve("index.png"));

    assertThat(dom).contains("data-filter-ready=\"true\"");
    assertThat(dom).contains("Run verdict: FAILED (exit status 1)");
    assertThat(dom)
        .contains("<span class=\"n-passed\">1 passed</span>")
        .contains("<span class=\"n-failed\">1 failed</span>")
        .contains("<span class=\"n-not-covered\">1 not covered</span>");
    String failedControl =
        dom.substring(dom.indexOf("id=\"c-TST-AC-02\""), dom.indexOf("id=\"c-TST-AU-03\""));
    assertThat(failedControl)
        .contains("EXPLICIT_DENY")
        .contains("DenyOutsideDynamoDB")
        .contains("kms:ViaService")
        .contains("AccessDenied")
        .contains("Disabled");
    assertThat(Files.size(FAILING.resolve("index.png"))).isGreaterThan(10_000);
  }

  @Test
  void statusFilterInChromium_hidesPassingControls() throws Exception {
    String dom = new Chromium(temp).dumpDom(FAILING.resolve("index.html"), "#status=fail&tag=");

    String passing = dom.substring(dom.indexOf("<section class=\"control pass\""));
    assertThat(passing.substring(0, passing.indexOf('>'))).contains("hidden");
    String failing = dom.substring(dom.indexOf("<section class=\"control fail\""));
    assertThat(failing.substring(0, failing.indexOf('>'))).doesNotContain("hidden");
    assertThat(dom).contains("1 control(s) shown");
  }
}
