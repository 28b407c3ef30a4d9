package io.atrest.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.FindingCode;
import io.atrest.policy.validate.ValidationResult;
import io.atrest.reports.evidence.PolicyFindingsEvidence;
import io.atrest.reports.render.SarifWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Findings as one SARIF 2.1.0 log, written by the report's SARIF writer (the same shape as a run's
 * {@code policy-validation.sarif}) with every finding code as a rule, so rule indexes are stable
 * across runs and dashboards show each code's title and help.
 */
final class FindingsSarif {
  private static final List<SarifWriter.Rule> RULES =
      Arrays.stream(FindingCode.values())
          .map(c -> new SarifWriter.Rule(c.name(), c.title(), c.help(), c.defaultSeverity().name()))
          .toList();

  private FindingsSarif() {}

  static String render(List<ValidationResult> results) {
    List<PolicyFindingsEvidence> files = results.stream().map(FindingsSarif::evidence).toList();
    return SarifWriter.render(files, RULES);
  }

  private static PolicyFindingsEvidence evidence(ValidationResult result) {
    List<PolicyFindingsEvidence.Finding> findings =
        result.findings().stream().map(FindingsSarif::finding).toList();
    return new PolicyFindingsEvidence(
        result.fileName(), JsonNodeFactory.instance.objectNode(), result.fileName(), findings);
  }

  private static PolicyFindingsEvidence.Finding finding(Finding f) {
    return new PolicyFindingsEvidence.Finding(
        f.severity().name(), f.code().name(), f.message(), f.pointer(), f.line(), f.column());
  }
}
