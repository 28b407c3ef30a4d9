package io.atrest.reports.model;

import io.atrest.reports.waiver.Waiver;
import java.util.List;
import java.util.Objects;

/** A waiver of the run's waivers file, whether it has expired, and the scenarios it waived. */
public record WaiverUse(Waiver waiver, boolean expired, List<String> waivedScenarioIds) {

  public WaiverUse {
    Objects.requireNonNull(waiver, "waiver");
    waivedScenarioIds = List.copyOf(waivedScenarioIds);
  }
}
