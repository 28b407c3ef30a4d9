package io.atrest.reports.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.reports.evidence.PolicyFindingsEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code policy-validation.sarif}: the policy findings the run's scenarios attached, as one SARIF
 * 2.1.0 log with a rule per finding code and a result per finding with its region, the shape {@code
 * atrest validate --format sarif} prints. A finding attached by several scenarios for the same file
 * and place appears once.
 */
public final class SarifWriter {

  /**
   * What a caller that knows the finding codes (such as {@code atrest validate}) says about each:
   * rule metadata for code-scanning dashboards.
   *
   * @param defaultSeverity {@code ERROR}, {@code SECURITY_WARNING}, {@code WARNING} or {@code
   *     SUGGESTION}
   */
  public record Rule(String id, String title, String help, String defaultSeverity) {}

  private SarifWriter() {}

  /** The log with a rule for each code the findings use, described by the code alone. */
  public static String render(List<PolicyFindingsEvidence> evidence) {
    return render(evidence, List.of());
  }

  /**
   * The log with every rule of {@code catalog}, in its order, so rule indexes stay the same from
   * run to run; with an empty catalog, a rule for each code the findings use.
   */
  public static String render(List<PolicyFindingsEvidence> evidence, List<Rule> catalog) {
    ObjectNode log = JsonReportWriter.JSON.createObjectNode();
    log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "atrest");
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    catalog.forEach(rule -> ruleIndex.put(rule.id(), ruleIndex.size()));
    List<ObjectNode> results = new ArrayList<>();
    Set<List<Object>> seen = new LinkedHashSet<>();
    for (PolicyFindingsEvidence file : evidence) {
      for (PolicyFindingsEvidence.Finding f : file.findings()) {
        if (seen.add(List.of(file.file(), f.code(), f.line(), f.column(), f.message()))) {
          int index = ruleIndex.computeIfAbsent(f.code(), c -> ruleIndex.size());
          results.add(result(file.file(), f, index));
        }
      }
    }
    ArrayNode rules = driver.putArray("rules");
    if (catalog.isEmpty()) {
      ruleIndex
          .keySet()
          .forEach(
              code ->
                  rules
                      .addObject()
                      .put("id", code)
                      .putObject("shortDescription")
                      .put("text", code));
    } else {
      catalog.forEach(rule -> rules.add(rule(rule)));
    }
    ArrayNode out = run.putArray("results");
    results.forEach(out::add);
    return Json.write(log);
  }

  private static ObjectNode rule(Rule rule) {
    ObjectNode node = JsonReportWriter.JSON.createObjectNode();
    node.put("id", rule.id());
    node.putObject("shortDescription").put("text", rule.title());
    node.putObject("fullDescription").put("text", rule.help());
    node.putObject("help").put("text", rule.help());
    node.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
    ObjectNode properties = node.putObject("properties");
    properties.put("severity", rule.defaultSeverity());
    if (rule.defaultSeverity().equals("SECURITY_WARNING")) {
      // GitHub code scanning ranks security results by this property (0.0-10.0).
      properties.put("security-severity", "7.0");
      properties.putArray("tags").add("security");
    }
    return node;
  }

  private static ObjectNode result(String file, PolicyFindingsEvidence.Finding f, int ruleIndex) {
    ObjectNode result = JsonReportWriter.JSON.createObjectNode();
    result.put("ruleId", f.code());
    result.put("ruleIndex", ruleIndex);
    result.put("level", level(f.severity()));
    result.putObject("message").put("text", f.message());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", file.replace('\\', '/'));
    physical.putObject("region").put("startLine", f.line()).put("startColumn", f.column());
    location
        .putArray("logicalLocations")
        .addObject()
        .put("fullyQualifiedName", f.pointer().isEmpty() ? "/" : f.pointer())
        .put("kind", "member");
    result.putObject("properties").put("severity", f.severity()).put("pointer", f.pointer());
    return result;
  }

  static String level(String severity) {
    return switch (severity) {
      case "ERROR" -> "error";
      case "SUGGESTION" -> "note";
      default -> "warning";
    };
  }
}
