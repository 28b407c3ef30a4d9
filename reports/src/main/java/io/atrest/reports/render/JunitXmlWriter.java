package io.atrest.reports.render;

import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.ScenarioResult;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.StepRun;
import io.atrest.reports.waiver.Waiver;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code junit.xml} for CI test tabs: one test suite per feature, one test case per scenario. A
 * waived failure is a skipped test whose message carries the waiver, so the tab agrees with the
 * exit status; problems that fail the run (expired waivers, unknown tags) are failed test cases of
 * their own suite, so the tab says why the build is red.
 */
public final class JunitXmlWriter {

  private JunitXmlWriter() {}

  public static String render(ComplianceReport report) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      List<Problem> failing =
          report.problems().stream().filter(p -> p.kind().exitCode() > 0).toList();
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "atrest compliance");
      xml.writeAttribute("tests", String.valueOf(report.scenarios().size() + failing.size()));
      xml.writeAttribute(
          "failures", String.valueOf(report.scenarioCounts().failed() + failing.size()));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute(
          "skipped",
          String.valueOf(report.scenarioCounts().skipped() + report.scenarioCounts().waived()));
      for (Map.Entry<String, List<ScenarioResult>> feature : byFeature(report).entrySet()) {
        suite(xml, feature.getKey(), feature.getValue());
      }
      if (!failing.isEmpty()) {
        problems(xml, failing);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write junit.xml", e);
    }
    return out + "\n";
  }

  private static Map<String, List<ScenarioResult>> byFeature(ComplianceReport report) {
    return report.scenarios().stream()
        .collect(
            Collectors.groupingBy(s -> s.run().feature(), LinkedHashMap::new, Collectors.toList()));
  }

  private static void suite(XMLStreamWriter xml, String feature, List<ScenarioResult> scenarios)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(feature));
    xml.writeAttribute("tests", String.valueOf(scenarios.size()));
    xml.writeAttribute("failures", String.valueOf(count(scenarios, ScenarioStatus.FAILED)));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute(
        "skipped",
        String.valueOf(
            count(scenarios, ScenarioStatus.SKIPPED) + count(scenarios, ScenarioStatus.WAIVED)));
    for (ScenarioResult s : scenarios) {
      testcase(xml, s);
    }
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, ScenarioResult s) throws XMLStreamException {
    ScenarioRun run = s.run();
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", clean(run.feature()));
    xml.writeAttribute("name", clean(run.name()));
    xml.writeAttribute("file", clean(run.uri()));
    xml.writeAttribute("line", String.valueOf(run.line()));
    if (!run.tags().isEmpty()) {
      xml.writeStartElement("properties");
      for (String tag : run.tags()) {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", "tag");
        xml.writeAttribute("value", clean(tag));
      }
      xml.writeEndElement();
    }
    switch (s.status()) {
      case FAILED -> {
        xml.writeStartElement("failure");
        xml.writeAttribute("message", clean(firstLine(run.failure())));
        xml.writeAttribute("type", "ScenarioFailed");
        xml.writeCharacters(clean(run.failure()));
        xml.writeEndElement();
      }
      case WAIVED -> {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", clean(waivedMessage(s.waivers(), run.failure())));
      }
      case SKIPPED -> xml.writeEmptyElement("skipped");
      case PASSED -> {}
    }
    xml.writeStartElement("system-out");
    xml.writeCData(cdata(steps(run)));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void problems(XMLStreamWriter xml, List<Problem> problems)
      throws XMLStreamException {
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "atrest report problems");
    xml.writeAttribute("tests", String.valueOf(problems.size()));
    xml.writeAttribute("failures", String.valueOf(problems.size()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    for (Problem p : problems) {
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", "atrest report problems");
      xml.writeAttribute("name", clean(p.kind() + " " + p.subject()));
      xml.writeStartElement("failure");
      xml.writeAttribute("message", clean(p.message()));
      xml.writeAttribute("type", p.kind().name());
      xml.writeCharacters(clean(p.message()));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static String waivedMessage(List<Waiver> waivers, String failure) {
    String by =
        waivers.stream()
            .map(
                w ->
                    w.target()
                        + ": "
                        + w.justification()
                        + " (owner "
                        + w.owner()
                        + ", expires "
                        + w.expires()
                        + ")")
            .collect(Collectors.joining("; "));
    return "waived failure: " + firstLine(failure) + " -- " + by;
  }

  private static String steps(ScenarioRun run) {
    return run.steps().stream()
        .map((StepRun step) -> step.status() + "  " + step.text())
        .collect(Collectors.joining("\n"));
  }

  private static long count(List<ScenarioResult> scenarios, ScenarioStatus status) {
    return scenarios.stream().filter(s -> s.status() == status).count();
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** CDATA cannot contain its own terminator; split it so the text survives intact. */
  private static String cdata(String text) {
    return clean(text).replace("]]>", "]]]]><![CDATA[>");
  }

  /**
   * XML 1.0 forbids most control characters even when escaped; an exception message may hold them.
   */
  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              boolean allowed =
                  c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || (c >= 0x20 && c <= 0xD7FF)
                      || (c >= 0xE000 && c <= 0xFFFD)
                      || (c >= 0x10000 && c <= 0x10FFFF);
              out.appendCodePoint(allowed ? c : '\uFFFD');
            });
    return out.toString();
  }
}
