package io.atrest.reports.render;

import io.atrest.reports.evidence.DecisionEvidence;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.ControlResult;
import io.atrest.reports.model.Counts;
import io.atrest.reports.model.PolicyCoverage;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.ScenarioCounts;
import io.atrest.reports.model.ScenarioResult;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.Verdict;
import java.util.List;

/**
 * {@code summary.md}: a short Markdown summary for CI job summaries (for example appended to {@code
 * $GITHUB_STEP_SUMMARY}): the verdict, the figures, what failed and why, what is uncovered.
 */
public final class MarkdownSummaryWriter {

  private MarkdownSummaryWriter() {}

  public static String render(ComplianceReport report) {
    StringBuilder md = new StringBuilder();
    md.append("# atrest compliance: ")
        .append(report.verdict().outcome())
        .append(" (exit status ")
        .append(report.verdict().exitCode())
        .append(")\n\n");
    Counts c = report.controlCounts();
    Counts r = report.requirementCounts();
    ScenarioCounts s = report.scenarioCounts();
    md.append(
        "| | total | passed | failed | waived | not covered |\n|---|---:|---:|---:|---:|---:|\n");
    md.append(row("Controls", c)).append(row("Requirements", r));
    md.append("| Scenarios | ")
        .append(s.total())
        .append(" | ")
        .append(s.passed())
        .append(" | ")
        .append(s.failed())
        .append(" | ")
        .append(s.waived())
        .append(" | ")
        .append(s.skipped())
        .append(" skipped |\n\n");
    md.append("Estimated KMS cost, all scenarios: USD ")
        .append(
            report
                .kmsUsage()
                .monthlyCostUsd()
                .setScale(2, java.math.RoundingMode.HALF_UP)
                .toPlainString())
        .append(" per month.\n");
    problems(md, report.problems());
    failures(md, report);
    uncovered(md, report);
    coverage(md, report.statementCoverage());
    return md.toString();
  }

  private static String row(String label, Counts c) {
    return "| "
        + label
        + " | "
        + c.total()
        + " | "
        + c.passed()
        + " | "
        + c.failed()
        + " | "
        + c.waived()
        + " | "
        + c.notCovered()
        + " |\n";
  }

  private static void problems(StringBuilder md, List<Problem> problems) {
    if (problems.isEmpty()) {
      return;
    }
    md.append("\n## Problems\n\n");
    for (Problem p : problems) {
      md.append("- ")
          .append(p.kind().exitCode() > 0 ? "**" + p.kind() + "**" : p.kind().name())
          .append(": ")
          .append(inline(p.message()))
          .append('\n');
    }
  }

  private static void failures(StringBuilder md, ComplianceReport report) {
    List<ControlResult> failed =
        report.controls().stream()
            .filter(c -> c.verdict() == Verdict.FAIL || c.verdict() == Verdict.WAIVED)
            .toList();
    if (failed.isEmpty()) {
      return;
    }
    md.append("\n## Failed and waived controls\n");
    for (ControlResult control : failed) {
      md.append("\n### ")
          .append(control.verdict())
          .append(" ")
          .append(control.control().id())
          .append(": ")
          .append(inline(control.control().title()))
          .append("\n\n");
      for (ControlResult.Entry e : control.scenarios()) {
        if (e.status() == ScenarioStatus.FAILED || e.status() == ScenarioStatus.WAIVED) {
          report.scenario(e.scenarioId()).ifPresent(sc -> scenario(md, sc, e.status()));
        }
      }
    }
  }

  private static void scenario(StringBuilder md, ScenarioResult s, ScenarioStatus status) {
    md.append("- ")
        .append(status)
        .append(" `")
        .append(inline(s.run().name()))
        .append("` (")
        .append(s.run().id())
        .append("): ")
        .append(inline(firstLine(s.run().failure())))
        .append('\n');
    s.run().evidence().stream()
        .filter(DecisionEvidence.class::isInstance)
        .map(DecisionEvidence.class::cast)
        .forEach(
            d ->
                md.append("  - decision ")
                    .append(d.decision())
                    .append(" for `")
                    .append(inline(d.request().action()))
                    .append("` by `")
                    .append(inline(d.request().principal()))
                    .append("`")
                    .append(determining(d))
                    .append('\n'));
  }

  private static String determining(DecisionEvidence d) {
    return d.reasons().stream()
        .filter(DecisionEvidence.Reason::determining)
        .map(
            r ->
                ", "
                    + r.kind().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " `"
                    + inline(r.policy())
                    + "` statement `"
                    + inline(r.statement())
                    + "`")
        .findFirst()
        .orElse("");
  }

  private static void uncovered(StringBuilder md, ComplianceReport report) {
    List<String> controls =
        report.controls().stream()
            .filter(c -> c.verdict() == Verdict.NOT_COVERED)
            .map(c -> c.control().id())
            .toList();
    List<String> requirements =
        report.requirements().stream()
            .filter(r -> r.verdict() == Verdict.NOT_COVERED)
            .map(r -> r.requirement().id())
            .toList();
    md.append("\n## Not covered\n\n");
    md.append("- Controls with no scenario (")
        .append(controls.size())
        .append("): ")
        .append(controls.isEmpty() ? "none" : String.join(", ", controls))
        .append('\n');
    md.append("- Requirements with no scenario (")
        .append(requirements.size())
        .append("): ")
        .append(requirements.isEmpty() ? "none" : String.join(", ", requirements))
        .append('\n');
  }

  private static void coverage(StringBuilder md, List<PolicyCoverage> coverage) {
    if (coverage.isEmpty()) {
      return;
    }
    md.append("\n## Key policy statements no request exercised\n\n");
    for (PolicyCoverage p : coverage) {
      md.append("- `")
          .append(inline(p.policy()))
          .append("`: ")
          .append(
              p.neverDecided().isEmpty()
                  ? "all statements decided a request"
                  : String.join(
                      ", ", p.neverDecided().stream().map(x -> "`" + inline(x) + "`").toList()))
          .append('\n');
    }
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  /** Keeps user text on one line and stops it from breaking table or code markup. */
  private static String inline(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace("|", "\\|").replace("`", "'");
  }
}
