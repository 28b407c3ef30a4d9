package io.atrest.reports.model;

import java.util.Collection;

/** The verdict on a control or a requirement, from the scenarios that evidence it. */
public enum Verdict {
  PASS,
  FAIL,
  WAIVED,
  NOT_COVERED;

  /**
   * The verdict of a set of scenario statuses: any failure fails; otherwise any waived failure
   * makes it WAIVED; otherwise one pass is enough; skipped scenarios evidence nothing.
   */
  public static Verdict of(Collection<ScenarioStatus> statuses) {
    if (statuses.contains(ScenarioStatus.FAILED)) {
      return FAIL;
    }
    if (statuses.contains(ScenarioStatus.WAIVED)) {
      return WAIVED;
    }
    return statuses.contains(ScenarioStatus.PASSED) ? PASS : NOT_COVERED;
  }
}
