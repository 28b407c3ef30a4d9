package io.atrest.reports.render;

import static io.atrest.reports.render.Html.esc;

import io.atrest.reports.catalog.Reference;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.ControlResult;
import io.atrest.reports.model.RequirementResult;
import io.atrest.reports.model.ScenarioResult;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.StepRun;
import io.atrest.reports.model.Verdict;
import io.atrest.reports.waiver.Waiver;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One section per control with its scenarios; a failed scenario shows all its evidence. */
final class HtmlScenarios {

  private HtmlScenarios() {}

  static void controls(StringBuilder html, ComplianceReport report) {
    Map<String, Verdict> requirementVerdicts =
        report.requirements().stream()
            .collect(Collectors.toMap(r -> r.requirement().id(), RequirementResult::verdict));
    for (ControlResult control : report.controls()) {
      control(html, report, control, requirementVerdicts);
    }
  }

  private static void control(
      StringBuilder html,
      ComplianceReport report,
      ControlResult result,
      Map<String, Verdict> reqs) {
    Set<String> tags = new LinkedHashSet<>();
    tags.add("@control:" + result.control().id());
    result
        .scenarios()
        .forEach(e -> report.scenario(e.scenarioId()).ifPresent(s -> tags.addAll(s.run().tags())));
    html.append("<section class=\"control ")
        .append(Html.css(result.verdict()))
        .append("\" id=\"c-")
        .append(esc(result.control().id()))
        .append('"')
        .append(Html.filterable("control", Html.css(result.verdict()), tags))
        .append('>');
    html.append("<h3>")
        .append(Html.badge(result.verdict()))
        .append(' ')
        .append(esc(result.control().id()))
        .append(" &mdash; ")
        .append(esc(result.control().title()))
        .append("</h3><p class=\"desc\">")
        .append(esc(result.control().description()))
        .append("</p><div>");
    for (Reference r : result.control().references()) {
      html.append("<span class=\"chip\">").append(esc(r.toString())).append("</span>");
    }
    html.append("</div>");
    if (!result.requirementIds().isEmpty()) {
      html.append("<p>Requirements: ");
      for (String id : result.requirementIds()) {
        Verdict v = reqs.getOrDefault(id, Verdict.NOT_COVERED);
        html.append("<span class=\"chip\">")
            .append(esc(id))
            .append(' ')
            .append(Html.badge(v))
            .append("</span>");
      }
      html.append("</p>");
    }
    if (result.scenarios().isEmpty()) {
      html.append("<p class=\"uncovered\">No scenario evidences this control.</p>");
    }
    for (ControlResult.Entry entry : result.scenarios()) {
      report.scenario(entry.scenarioId()).ifPresent(s -> scenario(html, s, entry.status()));
    }
    html.append("</section>");
  }

  /** A scenario, with its status in the context it is shown in. */
  static void scenario(StringBuilder html, ScenarioResult result, ScenarioStatus status) {
    ScenarioRun run = result.run();
    html.append("<article class=\"scenario\" id=\"")
        .append(Html.anchor(run.id()))
        .append('"')
        .append(Html.filterable("scenario", Html.css(status), run.tags()))
        .append('>');
    html.append("<h4>")
        .append(Html.badge(status))
        .append(' ')
        .append(esc(run.name()))
        .append("</h4><div class=\"where\">")
        .append(esc(run.feature()))
        .append(" &middot; <code>")
        .append(esc(run.id()))
        .append("</code></div><div>");
    run.tags().forEach(t -> html.append("<span class=\"chip\">").append(esc(t)).append("</span>"));
    html.append("</div>");
    for (Waiver w : result.waivers()) {
      html.append("<div class=\"waiver-note\">Waived (")
          .append(esc(w.target().toString()))
          .append("): ")
          .append(esc(w.justification()))
          .append(" &mdash; owner ")
          .append(esc(w.owner()))
          .append(", expires ")
          .append(w.expires())
          .append("</div>");
    }
    boolean failed = status == ScenarioStatus.FAILED || status == ScenarioStatus.WAIVED;
    if (failed && !run.failure().isEmpty()) {
      html.append("<pre class=\"failure\">").append(esc(run.failure())).append("</pre>");
    }
    body(html, run, failed);
    html.append("</article>");
  }

  private static void body(StringBuilder html, ScenarioRun run, boolean open) {
    html.append(open ? "<details open>" : "<details>")
        .append("<summary>")
        .append(run.steps().size())
        .append(" step(s), ")
        .append(run.evidence().size())
        .append(" piece(s) of evidence</summary><ol class=\"steps\">");
    for (StepRun step : run.steps()) {
      html.append("<li class=\"")
          .append(esc(step.status().toLowerCase(java.util.Locale.ROOT)))
          .append("\">")
          .append(esc(step.text()))
          .append(" <span class=\"where\">")
          .append(esc(step.status()))
          .append("</span></li>");
    }
    html.append("</ol>");
    run.evidence().stream().map(HtmlEvidence::render).forEach(html::append);
    html.append("</details>");
  }

  /** Scenarios that cite no control still belong in the report, or they would vanish. */
  static void withoutControl(StringBuilder html, ComplianceReport report) {
    var orphans = report.scenarios().stream().filter(s -> s.run().controlIds().isEmpty()).toList();
    if (orphans.isEmpty()) {
      return;
    }
    html.append("<h2 id=\"no-control\">Scenarios citing no control (")
        .append(orphans.size())
        .append(")</h2>");
    orphans.forEach(s -> scenario(html, s, s.status()));
  }

  static Function<String, String> link() {
    return id -> "<a href=\"#" + Html.anchor(id) + "\"><code>" + esc(id) + "</code></a>";
  }
}
