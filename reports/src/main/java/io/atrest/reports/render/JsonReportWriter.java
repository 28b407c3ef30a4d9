package io.atrest.reports.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.reports.catalog.Control;
import io.atrest.reports.catalog.Reference;
import io.atrest.reports.catalog.Requirement;
import io.atrest.reports.evidence.Evidence;
import io.atrest.reports.evidence.MalformedEvidence;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.ControlResult;
import io.atrest.reports.model.Counts;
import io.atrest.reports.model.PolicyCoverage;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.RequirementResult;
import io.atrest.reports.model.ScenarioCounts;
import io.atrest.reports.model.ScenarioResult;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.StepRun;
import io.atrest.reports.model.Verdict;
import io.atrest.reports.model.WaiverUse;
import io.atrest.reports.waiver.Waiver;
import io.atrest.reports.waiver.WaiverTarget;
import java.util.List;

/**
 * {@code compliance.json}: the report as data, in the shape of {@code
 * io/atrest/fixtures/schemas/compliance-report.schema.json}. Evidence is embedded as attached.
 */
public final class JsonReportWriter {

  /** Bumped when the shape changes incompatibly. */
  public static final int SCHEMA_VERSION = 1;

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

  public static String render(ComplianceReport report) {
    return Json.write(tree(report));
  }

  static ObjectNode tree(ComplianceReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("generatedAt", report.generatedAt().toString());
    root.set("verdict", VerdictWriter.tree(report.verdict()));
    ObjectNode summary = root.putObject("summary");
    summary.set("controls", counts(report.controlCounts()));
    summary.set("requirements", counts(report.requirementCounts()));
    summary.set("scenarios", counts(report.scenarioCounts()));
    ArrayNode controls = root.putArray("controls");
    report.controls().forEach(c -> controls.add(control(c)));
    ArrayNode requirements = root.putArray("requirements");
    report.requirements().forEach(r -> requirements.add(requirement(r)));
    strings(
        root.putArray("uncoveredControls"),
        report.controls().stream()
            .filter(c -> c.verdict() == Verdict.NOT_COVERED)
            .map(c -> c.control().id())
            .toList());
    strings(
        root.putArray("uncoveredRequirements"),
        report.requirements().stream()
            .filter(r -> r.verdict() == Verdict.NOT_COVERED)
            .map(r -> r.requirement().id())
            .toList());
    ArrayNode scenarios = root.putArray("scenarios");
    report.scenarios().forEach(s -> scenarios.add(scenario(s)));
    ArrayNode coverage = root.putArray("statementCoverage");
    report.statementCoverage().forEach(p -> coverage.add(policy(p)));
    root.set("kmsUsage", kmsUsage(report));
    ArrayNode waivers = root.putArray("waivers");
    report.waivers().forEach(w -> waivers.add(waiverUse(w)));
    ArrayNode problems = root.putArray("problems");
    report.problems().forEach(p -> problems.add(problem(p)));
    return root;
  }

  private static ObjectNode counts(Counts c) {
    return JSON.createObjectNode()
        .put("total", c.total())
        .put("passed", c.passed())
        .put("failed", c.failed())
        .put("waived", c.waived())
        .put("notCovered", c.notCovered());
  }

  private static ObjectNode counts(ScenarioCounts c) {
    return JSON.createObjectNode()
        .put("total", c.total())
        .put("passed", c.passed())
        .put("failed", c.failed())
        .put("waived", c.waived())
        .put("skipped", c.skipped());
  }

  private static ObjectNode control(ControlResult result) {
    Control c = result.control();
    ObjectNode node = JSON.createObjectNode().put("id", c.id()).put("title", c.title());
    node.put("description", c.description());
    ArrayNode references = node.putArray("references");
    for (Reference r : c.references()) {
      references.addObject().put("framework", r.framework()).put("id", r.id());
    }
    node.put("verdict", result.verdict().name());
    ArrayNode scenarios = node.putArray("scenarios");
    for (ControlResult.Entry e : result.scenarios()) {
      scenarios.addObject().put("id", e.scenarioId()).put("status", e.status().name());
    }
    strings(node.putArray("requirements"), result.requirementIds());
    return node;
  }

  private static ObjectNode requirement(RequirementResult result) {
    Requirement r = result.requirement();
    ObjectNode node = JSON.createObjectNode().put("id", r.id()).put("seed", r.seed());
    node.put("statement", r.statement());
    strings(node.putArray("controls"), r.controls());
    node.put("verdict", result.verdict().name());
    strings(node.putArray("scenarios"), result.scenarioIds());
    return node;
  }

  private static ObjectNode scenario(ScenarioResult result) {
    ScenarioRun run = result.run();
    ObjectNode node = JSON.createObjectNode().put("id", run.id()).put("feature", run.feature());
    node.put("name", run.name()).put("uri", run.uri()).put("line", run.line());
    strings(node.putArray("tags"), run.tags());
    node.put("outcome", run.outcome().name()).put("status", result.status().name());
    node.put("failure", run.failure());
    ArrayNode steps = node.putArray("steps");
    for (StepRun step : run.steps()) {
      steps.addObject().put("text", step.text()).put("status", step.status());
    }
    ArrayNode waivers = node.putArray("waivedBy");
    result.waivers().forEach(w -> waivers.add(waiver(w)));
    ArrayNode evidence = node.putArray("evidence");
    run.evidence().forEach(e -> evidence.add(evidence(e)));
    return node;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode node = JSON.createObjectNode().put("name", e.name()).put("kind", e.kind());
    List<String> problems = e instanceof MalformedEvidence m ? m.problems() : List.of();
    strings(node.putArray("problems"), problems);
    node.set("content", e.raw());
    return node;
  }

  private static ObjectNode policy(PolicyCoverage coverage) {
    ObjectNode node = JSON.createObjectNode().put("policy", coverage.policy());
    ArrayNode statements = node.putArray("statements");
    for (PolicyCoverage.StatementUse use : coverage.statements()) {
      statements
          .addObject()
          .put("statement", use.statement())
          .put("decisions", use.decisions())
          .put("declared", use.declared());
    }
    strings(node.putArray("neverDecided"), coverage.neverDecided());
    return node;
  }

  private static ObjectNode kmsUsage(ComplianceReport report) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode rows = node.putArray("requests");
    report
        .kmsUsage()
        .requests()
        .forEach(
            r ->
                rows.addObject()
                    .put("key", r.key())
                    .put("operation", r.operation())
                    .put("count", r.count()));
    node.put("monthlyCostUsd", report.kmsUsage().monthlyCostUsd().toPlainString());
    node.put("scenariosReporting", report.kmsUsage().scenariosReporting());
    return node;
  }

  private static ObjectNode waiverUse(WaiverUse use) {
    ObjectNode node = waiver(use.waiver());
    node.put("expired", use.expired());
    strings(node.putArray("waivedScenarios"), use.waivedScenarioIds());
    return node;
  }

  private static ObjectNode waiver(Waiver w) {
    ObjectNode node = JSON.createObjectNode();
    node.put(
        w.target() instanceof WaiverTarget.Scenario ? "scenario" : "control", w.target().value());
    node.put("justification", w.justification()).put("owner", w.owner());
    node.put("expires", w.expires().toString());
    return node;
  }

  private static ObjectNode problem(Problem p) {
    return JSON.createObjectNode()
        .put("kind", p.kind().name())
        .put("subject", p.subject())
        .put("message", p.message())
        .put("failsRun", p.kind().exitCode() > 0);
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
