package io.atrest.reports.render;

import static io.atrest.reports.render.Html.esc;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.reports.evidence.DecisionEvidence;
import io.atrest.reports.evidence.Evidence;
import io.atrest.reports.evidence.KeyStatesEvidence;
import io.atrest.reports.evidence.KmsUsageEvidence;
import io.atrest.reports.evidence.MalformedEvidence;
import io.atrest.reports.evidence.NoteEvidence;
import io.atrest.reports.evidence.PolicyFindingsEvidence;
import io.atrest.reports.evidence.TrailEvidence;
import io.atrest.reports.evidence.UnknownEvidence;
import java.util.List;

/** Draws one piece of evidence: decisions with reasons and conditions, trail events, key states. */
final class HtmlEvidence {

  private HtmlEvidence() {}

  static String render(Evidence evidence) {
    StringBuilder html =
        new StringBuilder("<div class=\"evidence ev-" + esc(evidence.kind()) + "\">");
    html.append("<h5>").append(esc(title(evidence))).append("</h5>");
    if (evidence instanceof DecisionEvidence d) {
      decision(html, d);
    } else if (evidence instanceof TrailEvidence t) {
      trail(html, t);
    } else if (evidence instanceof KeyStatesEvidence k) {
      keyStates(html, k);
    } else if (evidence instanceof KmsUsageEvidence u) {
      usage(html, u);
    } else if (evidence instanceof PolicyFindingsEvidence f) {
      findings(html, f);
    } else if (evidence instanceof NoteEvidence n) {
      html.append("<p>").append(esc(n.text())).append("</p>");
    } else if (evidence instanceof UnknownEvidence u) {
      html.append("<p>Evidence of a kind this report does not know, shown as attached:</p>");
      html.append("<pre>").append(esc(u.raw().toPrettyString())).append("</pre>");
    } else if (evidence instanceof MalformedEvidence m) {
      malformed(html, m);
    }
    return html.append("</div>").toString();
  }

  private static String title(Evidence e) {
    String kind =
        switch (e.kind()) {
          case "decision" -> "Decision";
          case "trail" -> "Audit trail";
          case "keyStates" -> "Key states";
          case "kmsUsage" -> "KMS usage";
          case "policyFindings" -> "Policy findings";
          case "note" -> "Note";
          case "malformed" -> "Malformed evidence";
          default -> "Evidence of kind " + e.kind();
        };
    return e.name().isEmpty() ? kind : kind + ": " + e.name();
  }

  private static void decision(StringBuilder html, DecisionEvidence d) {
    DecisionEvidence.Request r = d.request();
    html.append("<p class=\"decision ")
        .append(d.denied() ? "deny" : "allow")
        .append("\">")
        .append(esc(d.decision()))
        .append("</p><p><code>")
        .append(esc(r.principal()))
        .append("</code> &rarr; <code>")
        .append(esc(r.action()))
        .append("</code> on <code>")
        .append(esc(r.resource()))
        .append("</code></p>");
    if (d.reasons().isEmpty()) {
      return;
    }
    html.append("<table class=\"reasons\"><tr><th>Role</th><th>Policy</th><th>Statement</th>")
        .append("<th>Where</th><th>Why</th></tr>");
    for (DecisionEvidence.Reason reason : d.reasons()) {
      html.append("<tr><td>")
          .append(esc(reason.kind()))
          .append("</td><td>")
          .append(esc(reason.policy()))
          .append("</td><td><code>")
          .append(esc(reason.statement()))
          .append("</code></td><td>")
          .append(
              reason
                  .location()
                  .map(
                      l -> esc(l.pointer()) + " (line " + l.line() + ", column " + l.column() + ")")
                  .orElse(""))
          .append("</td><td>")
          .append(esc(reason.message()));
      conditions(html, reason.conditions());
      html.append("</td></tr>");
    }
    html.append("</table>");
  }

  private static void conditions(StringBuilder html, List<DecisionEvidence.ConditionCheck> checks) {
    if (checks.isEmpty()) {
      return;
    }
    html.append("<table class=\"conditions\"><tr><th>Operator</th><th>Condition key</th>")
        .append("<th>Expected</th><th>Actual</th><th>Holds</th></tr>");
    for (DecisionEvidence.ConditionCheck c : checks) {
      html.append("<tr><td>")
          .append(esc(c.operator()))
          .append("</td><td><code>")
          .append(esc(c.key()))
          .append("</code></td><td><code>")
          .append(esc(String.join(", ", c.expected())))
          .append("</code></td><td><code>")
          .append(c.actual().map(a -> esc(String.join(", ", a))).orElse("<em>(absent)</em>"))
          .append("</code></td><td>")
          .append(c.satisfied() ? "<span class=\"ok\">yes</span>" : "<span class=\"no\">no</span>")
          .append("</td></tr>");
    }
    html.append("</table>");
  }

  private static void trail(StringBuilder html, TrailEvidence t) {
    html.append("<table class=\"trail\"><tr><th>Time</th><th>Event</th><th>Source</th>")
        .append("<th>Identity</th><th>Error</th></tr>");
    for (JsonNode e : t.events()) {
      JsonNode who = e.path("userIdentity");
      String identity =
          who.path("arn").asText(who.path("type").asText(who.path("invokedBy").asText("")));
      html.append("<tr><td>")
          .append(esc(e.path("eventTime").asText("")))
          .append("</td><td>")
          .append(esc(e.path("eventName").asText("")))
          .append("</td><td>")
          .append(esc(e.path("eventSource").asText("")))
          .append("</td><td>")
          .append(esc(identity))
          .append("</td><td>")
          .append(esc(e.path("errorCode").asText("")))
          .append("</td></tr>");
    }
    html.append("</table><details><summary>")
        .append(t.events().size())
        .append(" event record(s) as recorded</summary><pre>")
        .append(esc(t.raw().path("events").toPrettyString()))
        .append("</pre></details>");
  }

  private static void keyStates(StringBuilder html, KeyStatesEvidence k) {
    html.append("<table class=\"keys\"><tr><th>Key</th><th>Alias</th><th>State</th>")
        .append("<th>Key manager</th><th>ARN</th></tr>");
    for (KeyStatesEvidence.KeyState key : k.keys()) {
      html.append("<tr><td><code>")
          .append(esc(key.keyId()))
          .append("</code></td><td>")
          .append(esc(key.alias()))
          .append("</td><td><strong>")
          .append(esc(key.state()))
          .append("</strong></td><td>")
          .append(esc(key.keyManager()))
          .append("</td><td><code>")
          .append(esc(key.arn()))
          .append("</code></td></tr>");
    }
    html.append("</table>");
  }

  private static void usage(StringBuilder html, KmsUsageEvidence u) {
    html.append("<table class=\"usage\"><tr><th>Key</th><th>Operation</th><th>Requests</th></tr>");
    for (KmsUsageEvidence.Requests r : u.requests()) {
      html.append("<tr><td><code>")
          .append(esc(r.key()))
          .append("</code></td><td>")
          .append(esc(r.operation()))
          .append("</td><td class=\"num\">")
          .append(r.count())
          .append("</td></tr>");
    }
    html.append("</table><p>Estimated monthly cost: USD ")
        .append(esc(u.monthlyCostUsd().toPlainString()))
        .append("</p>");
  }

  private static void findings(StringBuilder html, PolicyFindingsEvidence f) {
    html.append("<p>File <code>")
        .append(esc(f.file()))
        .append("</code>: ")
        .append(f.findings().size())
        .append(" finding(s)</p>");
    if (f.findings().isEmpty()) {
      return;
    }
    html.append("<table class=\"findings\"><tr><th>Severity</th><th>Code</th><th>Message</th>")
        .append("<th>Where</th></tr>");
    for (PolicyFindingsEvidence.Finding x : f.findings()) {
      html.append("<tr><td>")
          .append(esc(x.severity()))
          .append("</td><td><code>")
          .append(esc(x.code()))
          .append("</code></td><td>")
          .append(esc(x.message()))
          .append("</td><td>")
          .append(esc(x.pointer()))
          .append(" (line ")
          .append(x.line())
          .append(", column ")
          .append(x.column())
          .append(")</td></tr>");
    }
    html.append("</table>");
  }

  private static void malformed(StringBuilder html, MalformedEvidence m) {
    html.append("<ul>");
    m.problems().forEach(p -> html.append("<li>").append(esc(p)).append("</li>"));
    html.append("</ul><pre>")
        .append(esc(m.raw().isTextual() ? m.raw().asText() : m.raw().toPrettyString()))
        .append("</pre>");
  }
}
