package io.atrest.reports.render;

import io.atrest.reports.model.Counts;

/**
 * The summary chart: one stacked bar per row (controls, requirements) split into passed, failed,
 * waived and not covered, drawn as inline SVG so the page needs nothing from outside.
 */
final class SvgChart {

  private static final int LABEL = 150;
  private static final int BAR = 520;
  private static final int ROW = 34;
  private static final String[] COLORS = {"#1a7f37", "#cf222e", "#bf8700", "#8c959f"};
  private static final String[] NAMES = {"passed", "failed", "waived", "not covered"};

  private SvgChart() {}

  static String render(Counts controls, Counts requirements) {
    int height = 2 * ROW + 34;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart\" role=\"img\" width=\"")
        .append(LABEL + BAR + 20)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(LABEL + BAR + 20)
        .append(' ')
        .append(height)
        .append("\">");
    svg.append("<title>Controls and requirements by verdict</title>");
    row(svg, 0, "Controls", controls);
    row(svg, 1, "Requirements", requirements);
    legend(svg, 2 * ROW + 14);
    return svg.append("</svg>").toString();
  }

  private static void row(StringBuilder svg, int index, String label, Counts counts) {
    int y = index * ROW + 6;
    svg.append("<text x=\"0\" y=\"")
        .append(y + 17)
        .append("\" font-size=\"13\">")
        .append(label)
        .append(" (")
        .append(counts.total())
        .append(")</text>");
    int[] values = {counts.passed(), counts.failed(), counts.waived(), counts.notCovered()};
    if (counts.total() == 0) {
      svg.append("<rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(BAR)
          .append("\" height=\"24\" fill=\"#eaeef2\"/>");
      return;
    }
    double x = LABEL;
    for (int i = 0; i < values.length; i++) {
      double width = (double) BAR * values[i] / counts.total();
      if (values[i] > 0) {
        svg.append("<rect class=\"seg-")
            .append(NAMES[i].replace(' ', '-'))
            .append("\" x=\"")
            .append(fmt(x))
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(fmt(width))
            .append("\" height=\"24\" fill=\"")
            .append(COLORS[i])
            .append("\"><title>")
            .append(values[i])
            .append(' ')
            .append(NAMES[i])
            .append("</title></rect>");
        if (width >= 22) {
          svg.append("<text x=\"")
              .append(fmt(x + width / 2))
              .append("\" y=\"")
              .append(y + 17)
              .append("\" font-size=\"12\" fill=\"#fff\" text-anchor=\"middle\">")
              .append(values[i])
              .append("</text>");
        }
      }
      x += width;
    }
  }

  private static void legend(StringBuilder svg, int y) {
    int x = LABEL;
    for (int i = 0; i < NAMES.length; i++) {
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(COLORS[i])
          .append("\"/><text x=\"")
          .append(x + 16)
          .append("\" y=\"")
          .append(y + 11)
          .append("\" font-size=\"12\">")
          .append(NAMES[i])
          .append("</text>");
      x += 110;
    }
  }

  private static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
