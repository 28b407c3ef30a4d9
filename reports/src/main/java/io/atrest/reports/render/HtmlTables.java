package io.atrest.reports.render;

import static io.atrest.reports.render.Html.esc;

import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.KmsUsage;
import io.atrest.reports.model.PolicyCoverage;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.RequirementResult;
import io.atrest.reports.model.Verdict;
import io.atrest.reports.model.WaiverUse;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/** The tables of the page: problems, requirements, statement coverage, KMS usage, waivers. */
final class HtmlTables {

  private HtmlTables() {}

  static void problems(StringBuilder html, ComplianceReport report) {
    if (report.problems().isEmpty()) {
      return;
    }
    html.append("<h2 id=\"problems\">Problems (")
        .append(report.problems().size())
        .append(")</h2>")
        .append("<table><tr><th>Kind</th><th>Fails the run</th><th>Message</th></tr>");
    for (Problem p : report.problems()) {
      html.append("<tr><td>")
          .append(p.kind())
          .append("</td><td>")
          .append(p.kind().exitCode() > 0 ? "<span class=\"no\">yes</span>" : "no")
          .append("</td><td>")
          .append(esc(p.message()))
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  static void requirements(StringBuilder html, ComplianceReport report) {
    Function<String, String> link = HtmlScenarios.link();
    html.append("<h2 id=\"requirements\">Requirements (")
        .append(report.requirements().size())
        .append(")</h2>");
    var uncovered =
        report.requirements().stream().filter(r -> r.verdict() == Verdict.NOT_COVERED).toList();
    html.append("<p>Not covered by any scenario: <strong>")
        .append(uncovered.size())
        .append("</strong>");
    if (!uncovered.isEmpty()) {
      html.append(" &mdash; ");
      uncovered.forEach(
          r ->
              html.append("<span class=\"chip\">")
                  .append(esc(r.requirement().id()))
                  .append("</span>"));
    }
    html.append(
            "</p><table class=\"requirements\"><tr><th>Id</th><th>Verdict</th><th>Statement</th>")
        .append("<th>Seed</th><th>Controls</th><th>Scenarios</th></tr>");
    for (RequirementResult r : report.requirements()) {
      Set<String> tags = new LinkedHashSet<>();
      tags.add("@req:" + r.requirement().id());
      r.scenarioIds()
          .forEach(id -> report.scenario(id).ifPresent(s -> tags.addAll(s.run().tags())));
      html.append("<tr")
          .append(Html.filterable("requirement", Html.css(r.verdict()), tags))
          .append("><td>")
          .append(esc(r.requirement().id()))
          .append("</td><td>")
          .append(Html.badge(r.verdict()))
          .append("</td><td>")
          .append(esc(r.requirement().statement()))
          .append("</td><td>")
          .append(esc(r.requirement().seed()))
          .append("</td><td>")
          .append(esc(String.join(", ", r.requirement().controls())))
          .append("</td><td>");
      r.scenarioIds().forEach(id -> html.append(link.apply(id)).append(' '));
      html.append("</td></tr>");
    }
    html.append("</table>");
  }

  static void statementCoverage(StringBuilder html, ComplianceReport report) {
    html.append("<h2 id=\"statement-coverage\">Statement coverage</h2>");
    if (report.statementCoverage().isEmpty()) {
      html.append("<p>No scenario attached a decision, so no policy statement was exercised.</p>");
      return;
    }
    html.append(
        "<p>A statement that decided no request is untested access: no scenario shows what it allows or denies.</p>");
    for (PolicyCoverage p : report.statementCoverage()) {
      html.append("<h3>")
          .append(esc(p.policy()))
          .append(" &mdash; ")
          .append(p.decided().size())
          .append(" of ")
          .append(p.statements().size())
          .append(" statement(s) decided a request</h3>")
          .append("<table class=\"coverage\"><tr><th>Statement</th><th>Decisions</th></tr>");
      for (PolicyCoverage.StatementUse use : p.statements()) {
        html.append("<tr")
            .append(use.decisions() == 0 ? " class=\"never\"" : "")
            .append("><td><code>")
            .append(esc(use.statement()))
            .append("</code>")
            .append(use.declared() ? "" : " <em>(not in the policy's statement list)</em>")
            .append("</td><td class=\"num\">")
            .append(use.decisions() == 0 ? "never" : String.valueOf(use.decisions()))
            .append("</td></tr>");
      }
      html.append("</table>");
    }
  }

  static void kmsUsage(StringBuilder html, ComplianceReport report) {
    KmsUsage usage = report.kmsUsage();
    html.append("<h2 id=\"kms-usage\">KMS usage</h2>");
    if (usage.scenariosReporting() == 0) {
      html.append("<p>No scenario reported KMS usage.</p>");
      return;
    }
    html.append("<p>Estimated monthly cost: <strong>USD ")
        .append(esc(usage.monthlyCostUsd().toPlainString()))
        .append("</strong> (sum over ")
        .append(usage.scenariosReporting())
        .append(" scenario(s), each on its own engine)</p>")
        .append("<table class=\"usage\"><tr><th>Key</th><th>Operation</th><th>Requests</th></tr>");
    for (KmsUsage.Row row : usage.requests()) {
      html.append("<tr><td><code>")
          .append(esc(row.key()))
          .append("</code></td><td>")
          .append(esc(row.operation()))
          .append("</td><td class=\"num\">")
          .append(row.count())
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  static void waivers(StringBuilder html, ComplianceReport report) {
    if (report.waivers().isEmpty()) {
      return;
    }
    Function<String, String> link = HtmlScenarios.link();
    html.append("<h2 id=\"waivers\">Waivers (")
        .append(report.waivers().size())
        .append(")</h2>")
        .append("<table><tr><th>Waives</th><th>Justification</th><th>Owner</th><th>Expires</th>")
        .append("<th>Waived scenarios</th></tr>");
    for (WaiverUse use : report.waivers()) {
      html.append("<tr><td>")
          .append(esc(use.waiver().target().toString()))
          .append("</td><td>")
          .append(esc(use.waiver().justification()))
          .append("</td><td>")
          .append(esc(use.waiver().owner()))
          .append("</td><td>")
          .append(use.waiver().expires())
          .append(use.expired() ? " <span class=\"badge fail\">EXPIRED</span>" : "")
          .append("</td><td>");
      use.waivedScenarioIds().forEach(id -> html.append(link.apply(id)).append(' '));
      html.append("</td></tr>");
    }
    html.append("</table>");
  }
}
