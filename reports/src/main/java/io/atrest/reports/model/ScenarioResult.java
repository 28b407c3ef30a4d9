package io.atrest.reports.model;

import io.atrest.reports.waiver.Waiver;
import java.util.List;
import java.util.Objects;

/**
 * A scenario in the report: the run and its status with waivers applied.
 *
 * @param waivers the waivers in force that accepted this scenario's failure (empty unless WAIVED
 *     somewhere)
 */
public record ScenarioResult(ScenarioRun run, ScenarioStatus status, List<Waiver> waivers) {

  public ScenarioResult {
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(status, "status");
    waivers = List.copyOf(waivers);
  }
}
