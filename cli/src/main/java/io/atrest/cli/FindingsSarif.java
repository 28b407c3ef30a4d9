package io.atrest.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.FindingCode;
import io.atrest.policy.validate.Severity;
import io.atrest.policy.validate.ValidationResult;
import java.util.List;

/**
 * Findings as one SARIF 2.1.0 log: one rule per finding code (all codes, so rule indexes are stable
 * across runs) and one result per finding with its region, so code-scanning dashboards put it on the
 * line.
 */
final class FindingsSarif {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FindingsSarif() {}

  static String render(List<ValidationResult> results) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "atrest");
    ArrayNode rules = driver.putArray("rules");
    for (FindingCode code : FindingCode.values()) {
      rules.add(rule(code));
    }
    ArrayNode out = run.putArray("results");
    for (ValidationResult result : results) {
      for (Finding f : result.findings()) {
        out.add(result(result.fileName(), f));
      }
    }
    return Json.pretty(log);
  }

  private static ObjectNode rule(FindingCode code) {
    ObjectNode rule = NODES.objectNode();
    rule.put("id", code.name());
    rule.putObject("shortDescription").put("text", code.title());
    rule.putObject("fullDescription").put("text", code.help());
    rule.putObject("help").put("text", code.help());
    rule.putObject("defaultConfiguration").put("level", level(code.defaultSeverity()));
    ObjectNode properties = rule.putObject("properties");
    properties.put("severity", code.defaultSeverity().name());
    if (code.defaultSeverity() == Severity.SECURITY_WARNING) {
      // GitHub code scanning ranks security results by this property (0.0-10.0).
      properties.put("security-severity", "7.0");
      properties.putArray("tags").add("security");
    }
    return rule;
  }

  private static ObjectNode result(String file, Finding f) {
    ObjectNode result = NODES.objectNode();
    result.put("ruleId", f.code().name());
    result.put("ruleIndex", f.code().ordinal());
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", file.replace('\\', '/'));
    physical.putObject("region").put("startLine", f.line()).put("startColumn", f.column());
    location.putArray("logicalLocations").addObject()
        .put("fullyQualifiedName", f.pointer().isEmpty() ? "/" : f.pointer())
        .put("kind", "member");
    result.putObject("properties").put("severity", f.severity().name()).put("pointer", f.pointer());
    return result;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case SECURITY_WARNING, WARNING -> "warning";
      case SUGGESTION -> "note";
    };
  }
}
