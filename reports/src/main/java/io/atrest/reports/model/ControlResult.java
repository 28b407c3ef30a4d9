package io.atrest.reports.model;

import io.atrest.reports.catalog.Control;
import java.util.List;
import java.util.Objects;

/**
 * A control with its verdict, the scenarios that cite it (each with its status within this control,
 * since a control waiver waives only that control) and the requirements mapped to it.
 */
public record ControlResult(
    Control control, Verdict verdict, List<Entry> scenarios, List<String> requirementIds) {

  public ControlResult {
    Objects.requireNonNull(control, "control");
    Objects.requireNonNull(verdict, "verdict");
    scenarios = List.copyOf(scenarios);
    requirementIds = List.copyOf(requirementIds);
  }

  /** A scenario within this control. */
  public record Entry(String scenarioId, ScenarioStatus status) {
    public Entry {
      Objects.requireNonNull(scenarioId, "scenarioId");
      Objects.requireNonNull(status, "status");
    }
  }
}
