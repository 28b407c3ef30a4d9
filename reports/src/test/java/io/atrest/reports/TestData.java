package io.atrest.reports;

import io.atrest.reports.assemble.ReportAssembler;
import io.atrest.reports.assemble.ReportInput;
import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.catalog.CatalogLoader;
import io.atrest.reports.evidence.Evidence;
import io.atrest.reports.evidence.EvidenceParser;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.RunOutcome;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.StepRun;
import io.atrest.reports.waiver.Waiver;
import io.atrest.reports.waiver.WaiverTarget;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small, real inputs for the report's tests: the test catalogs and evidence files. */
public final class TestData {

  /** The date waivers are judged on in tests. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  public static final String FEATURE = "features/keys.feature";

  private TestData() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = TestData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Evidence parsed from {@code evidence/<file>} beside this class. */
  public static Evidence evidence(String file) {
    return EvidenceParser.parse(file, bytes("evidence/" + file));
  }

  public static Path path(String resource) {
    try {
      return Path.of(TestData.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path controlsFile() {
    return path("catalog/controls.json");
  }

  public static Path requirementsFile() {
    return path("catalog/requirements.json");
  }

  public static Catalog catalog() {
    return CatalogLoader.fromFiles(controlsFile(), requirementsFile());
  }

  public static ScenarioRun run(
      String name, int line, RunOutcome outcome, List<String> tags, Evidence... evidence) {
    String failure =
        outcome == RunOutcome.FAILED
            ? "java.lang.AssertionError: expected DisabledException\n\tat Steps.java:12"
            : "";
    return new ScenarioRun(
        FEATURE + ":" + line,
        "Key states",
        name,
        FEATURE,
        line,
        tags,
        outcome,
        failure,
        List.of(
            new StepRun("Given a disabled key", "PASSED"),
            new StepRun(
                "Then decrypt is refused",
                outcome == RunOutcome.FAILED ? "FAILED" : outcome.name())),
        List.of(evidence));
  }

  public static Waiver scenarioWaiver(String name, LocalDate expires) {
    return new Waiver(
        new WaiverTarget.Scenario(name),
        "accepted until the fix ships",
        "alice@example.com",
        expires);
  }

  public static Waiver controlWaiver(String id, LocalDate expires) {
    return new Waiver(
        new WaiverTarget.Control(id), "control under redesign", "bob@example.com", expires);
  }

  public static ReportInput input(List<ScenarioRun> runs, List<Waiver> waivers) {
    Set<String> names = new java.util.HashSet<>();
    runs.forEach(r -> names.add(r.name()));
    return new ReportInput(
        runs,
        names,
        Optional.of(catalog()),
        waivers,
        List.of(),
        Instant.parse("2026-06-01T10:00:00Z"),
        TODAY);
  }

  public static ComplianceReport assemble(List<ScenarioRun> runs, List<Waiver> waivers) {
    return ReportAssembler.assemble(input(runs, waivers));
  }

  /**
   * A report with one of everything: a pass, a failure with full evidence, a waived failure, an
   * uncovered control, malformed and unknown evidence, and policy findings.
   */
  public static ComplianceReport fullReport() {
    ScenarioRun passed =
        run(
            "Encrypt under an enabled key succeeds",
            5,
            RunOutcome.PASSED,
            List.of("@control:TST-KM-01", "@req:TST-REQ-001", "@smoke"),
            evidence("kms-usage.json"));
    ScenarioRun failed =
        run(
            "Decrypt by an intruder is refused <for real>",
            12,
            RunOutcome.FAILED,
            List.of("@control:TST-AC-02", "@req:TST-REQ-002"),
            evidence("decision-deny.json"),
            evidence("trail.json"),
            evidence("key-states.json"),
            evidence("kms-usage.json"),
            evidence("policy-findings.json"),
            EvidenceParser.parse("odd", "{\"kind\":\"futureKind\",\"x\":1}".getBytes()),
            EvidenceParser.parse("broken", "{not json".getBytes()));
    ScenarioRun waived =
        run(
            "Decrypt under a disabled key fails",
            20,
            RunOutcome.FAILED,
            List.of("@control:TST-KM-01", "@req:TST-REQ-001"));
    return assemble(
        List.of(passed, failed, waived),
        List.of(scenarioWaiver("Decrypt under a disabled key fails", TODAY.plusDays(30))));
  }
}
