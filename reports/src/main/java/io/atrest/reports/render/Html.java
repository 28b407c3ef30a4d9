package io.atrest.reports.render;

import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;

/** Escaping and the few fragments every part of the HTML page shares. */
final class Html {

  private Html() {}

  /** Text made safe for element content and double-quoted attribute values. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The CSS class and filter value of a verdict: {@code pass}, {@code fail}, … */
  static String css(Verdict verdict) {
    return verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The filter vocabulary joins scenarios to verdicts: PASSED is {@code pass}, and so on. */
  static String css(ScenarioStatus status) {
    return switch (status) {
      case PASSED -> "pass";
      case FAILED -> "fail";
      case WAIVED -> "waived";
      case SKIPPED -> "skipped";
    };
  }

  static String badge(Verdict verdict) {
    return "<span class=\"badge "
        + css(verdict)
        + "\">"
        + verdict.name().replace('_', ' ')
        + "</span>";
  }

  static String badge(ScenarioStatus status) {
    return "<span class=\"badge " + css(status) + "\">" + status.name() + "</span>";
  }

  /** The {@code data-} attributes the page's filter script reads. */
  static String filterable(String role, String status, Collection<String> tags) {
    return " data-filter=\""
        + role
        + "\" data-status=\""
        + status
        + "\" data-tags=\""
        + esc(String.join(" ", tags))
        + "\"";
  }

  /** An in-page anchor id for a scenario id ({@code uri:line}). */
  static String anchor(String scenarioId) {
    return "s-" + Integer.toHexString(scenarioId.hashCode());
  }

  static String resource(String name) {
    String path = "io/atrest/reports/" + name;
    try (InputStream in = Html.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("report resource `" + path + "` is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read report resource `" + path + "`", e);
    }
  }
}
