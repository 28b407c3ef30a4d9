package io.atrest.reports.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A testable claim of a source document: its stable id, the seed it comes from, the RFC 2119
 * statement and the controls a scenario checking it evidences. A retired requirement stays in the
 * catalog (ids are never reused) but gets no verdict.
 */
public record Requirement(
    String id, String seed, String statement, List<String> controls, boolean retired) {

  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(statement, "statement");
    controls = List.copyOf(controls);
  }
}
