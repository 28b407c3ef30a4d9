package io.atrest.reports.render;

import static io.atrest.reports.render.Html.esc;

import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.Counts;
import io.atrest.reports.model.ScenarioCounts;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.Verdict;
import java.util.TreeSet;

/**
 * {@code index.html}: one self-contained page (inline CSS, SVG and script; no external URL) that an
 * auditor can open offline or attach to a ticket.
 */
public final class HtmlReportWriter {

  private HtmlReportWriter() {}

  public static String render(ComplianceReport report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>atrest compliance report</title><style>")
        .append(Html.resource("report.css"))
        .append("</style></head><body>");
    html.append("<header class=\"top\"><h1>Encryption at rest: compliance report</h1>")
        .append("<div class=\"meta\">Generated ")
        .append(esc(report.generatedAt().toString()))
        .append(" by atrest</div></header><main>");
    banner(html, report);
    summary(html, report);
    filters(html, report);
    HtmlTables.problems(html, report);
    html.append("<h2 id=\"controls\">Controls (").append(report.controls().size()).append(")</h2>");
    HtmlScenarios.controls(html, report);
    HtmlScenarios.withoutControl(html, report);
    HtmlTables.requirements(html, report);
    HtmlTables.statementCoverage(html, report);
    HtmlTables.kmsUsage(html, report);
    HtmlTables.waivers(html, report);
    html.append("</main><script>")
        .append(Html.resource("report.js"))
        .append("</script></body></html>\n");
    return html.toString();
  }

  private static void banner(StringBuilder html, ComplianceReport report) {
    String css =
        switch (report.verdict().exitCode()) {
          case 0 -> "pass";
          case 1 -> "fail";
          default -> "config";
        };
    html.append("<div class=\"banner ")
        .append(css)
        .append("\" id=\"verdict\">Run verdict: ")
        .append(report.verdict().outcome())
        .append(" (exit status ")
        .append(report.verdict().exitCode())
        .append(')');
    if (!report.verdict().reasons().isEmpty()) {
      html.append("<ul>");
      report.verdict().reasons().forEach(r -> html.append("<li>").append(esc(r)).append("</li>"));
      html.append("</ul>");
    }
    html.append("</div>");
  }

  private static void summary(StringBuilder html, ComplianceReport report) {
    Counts controls = report.controlCounts();
    Counts requirements = report.requirementCounts();
    ScenarioCounts scenarios = report.scenarioCounts();
    html.append("<h2 id=\"summary\">Summary</h2><div class=\"cards\">");
    card(html, "controls", "Controls", controls);
    card(html, "requirements", "Requirements", requirements);
    html.append("<div class=\"card\" id=\"summary-scenarios\"><div class=\"label\">Scenarios</div>")
        .append("<div class=\"value\">")
        .append(scenarios.total())
        .append("</div><div class=\"split\">")
        .append(scenarios.passed())
        .append(" passed &middot; ")
        .append(scenarios.failed())
        .append(" failed &middot; ")
        .append(scenarios.waived())
        .append(" waived &middot; ")
        .append(scenarios.skipped())
        .append(" skipped</div></div>");
    // Each scenario runs its own engine, so the figure adds up what every scenario's keys and
    // requests would cost in a month; compliance.json keeps the exact amount, people read cents.
    html.append(
            "<div class=\"card\"><div class=\"label\">Estimated KMS cost / month,"
                + " all scenarios</div>")
        .append("<div class=\"value\">USD ")
        .append(
            esc(
                report
                    .kmsUsage()
                    .monthlyCostUsd()
                    .setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString()))
        .append("</div></div></div>");
    html.append(SvgChart.render(controls, requirements));
  }

  private static void card(StringBuilder html, String id, String label, Counts c) {
    html.append("<div class=\"card\" id=\"summary-")
        .append(id)
        .append("\"><div class=\"label\">")
        .append(label)
        .append("</div><div class=\"value\">")
        .append(c.total())
        .append("</div><div class=\"split\"><span class=\"n-passed\">")
        .append(c.passed())
        .append(" passed</span> &middot; <span class=\"n-failed\">")
        .append(c.failed())
        .append(" failed</span> &middot; <span class=\"n-waived\">")
        .append(c.waived())
        .append(" waived</span> &middot; <span class=\"n-not-covered\">")
        .append(c.notCovered())
        .append(" not covered</span></div></div>");
  }

  private static void filters(StringBuilder html, ComplianceReport report) {
    html.append("<div class=\"filters\"><label>Status <select id=\"filter-status\">")
        .append("<option value=\"\">all</option>");
    for (Verdict v : Verdict.values()) {
      html.append("<option value=\"")
          .append(Html.css(v))
          .append("\">")
          .append(Html.css(v))
          .append("</option>");
    }
    html.append("<option value=\"")
        .append(Html.css(ScenarioStatus.SKIPPED))
        .append("\">skipped</option>");
    html.append(
        "</select></label><label>Tag <select id=\"filter-tag\"><option value=\"\">all</option>");
    TreeSet<String> tags = new TreeSet<>();
    report.scenarios().forEach(s -> tags.addAll(s.run().tags()));
    report.controls().forEach(c -> tags.add("@control:" + c.control().id()));
    report.requirements().forEach(r -> tags.add("@req:" + r.requirement().id()));
    for (String tag : tags) {
      html.append("<option value=\"")
          .append(esc(tag))
          .append("\">")
          .append(esc(tag))
          .append("</option>");
    }
    html.append("</select></label><span id=\"filter-count\" class=\"where\"></span></div>");
  }
}
