package io.atrest.reports.model;

/** A scenario's standing in the report: its run outcome with waivers applied. */
public enum ScenarioStatus {
  PASSED,
  FAILED,
  /** Failed, but a waiver in force accepts the failure; never counted as passed. */
  WAIVED,
  SKIPPED
}
