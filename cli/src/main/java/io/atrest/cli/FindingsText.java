package io.atrest.cli;

import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.ValidationResult;
import java.util.List;

/** Findings as lines a person reads in a terminal or a CI log, one per finding. */
final class FindingsText {
  private FindingsText() {}

  static String render(List<ValidationResult> results) {
    StringBuilder text = new StringBuilder();
    int total = 0;
    for (ValidationResult result : results) {
      for (Finding f : result.findings()) {
        text.append(result.fileName())
            .append(':')
            .append(f.line())
            .append(':')
            .append(f.column())
            .append(": ")
            .append(f.severity())
            .append(' ')
            .append(f.code())
            .append(": ")
            .append(f.message())
            .append(" [")
            .append(f.pointer().isEmpty() ? "/" : f.pointer())
            .append("]\n");
        total++;
      }
    }
    text.append(results.size())
        .append(results.size() == 1 ? " file, " : " files, ")
        .append(total)
        .append(total == 1 ? " finding\n" : " findings\n");
    return text.toString();
  }
}
