package io.atrest.reports.model;

/** How Cucumber finished a scenario, before waivers are considered. */
public enum RunOutcome {
  PASSED,
  /** Failed, undefined, pending or ambiguous: Cucumber's strict mode fails all of these. */
  FAILED,
  /** Skipped: the scenario ran no assertion, so it evidences nothing. */
  SKIPPED
}
