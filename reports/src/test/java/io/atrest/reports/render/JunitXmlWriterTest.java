package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.RunOutcome;
import io.atrest.reports.model.ScenarioRun;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitXmlWriterTest {

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void report_isWellFormedWithCountsOnTheRoot() throws Exception {
    Element root = parse(JunitXmlWriter.render(TestData.fullReport())).getDocumentElement();

    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
  }

  @Test
  void failedScenario_hasAFailureWithItsMessage() throws Exception {
    Document doc = parse(JunitXmlWriter.render(TestData.fullReport()));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);

    assertThat(failure.getAttribute("message"))
        .isEqualTo("java.lang.AssertionError: expected DisabledException");
    assertThat(((Element) failure.getParentNode()).getAttribute("name"))
        .isEqualTo("Decrypt by an intruder is refused <for real>");
  }

  @Test
  void waivedFailure_isSkippedWithTheWaiver() throws Exception {
    Document doc = parse(JunitXmlWriter.render(TestData.fullReport()));
    Element skipped = (Element) doc.getElementsByTagName("skipped").item(0);

    assertThat(skipped.getAttribute("message"))
        .startsWith("waived failure:")
        .contains("alice@example.com");
  }

  @Test
  void problemsThatFailTheRun_becomeFailedTestCases() throws Exception {
    ComplianceReport report =
        TestData.assemble(
            List.of(TestData.run("ok", 3, RunOutcome.PASSED, List.of("@control:TST-XX-99"))),
            List.of());

    Document doc = parse(JunitXmlWriter.render(report));

    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("UNKNOWN_CONTROL");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }

  @Test
  void controlCharactersAndCdataTerminators_keepTheXmlWellFormed() throws Exception {
    ScenarioRun odd =
        new ScenarioRun(
            "f:1",
            "F",
            "bell \u0007 and ]]> end",
            "f",
            1,
            List.of(),
            RunOutcome.FAILED,
            "boom \u0000 ]]>",
            List.of(new io.atrest.reports.model.StepRun("Then ]]> x", "FAILED")),
            List.of());

    Document doc = parse(JunitXmlWriter.render(TestData.assemble(List.of(odd), List.of())));

    Element testcase = (Element) doc.getElementsByTagName("testcase").item(0);
    assertThat(testcase.getAttribute("name")).isEqualTo("bell \uFFFD and ]]> end");
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("Then ]]> x");
  }
}
