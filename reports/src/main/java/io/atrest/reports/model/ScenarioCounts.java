package io.atrest.reports.model;

import java.util.Collection;

/** How many scenarios have each status. */
public record ScenarioCounts(int total, int passed, int failed, int waived, int skipped) {

  /** Counts the statuses given. */
  public static ScenarioCounts of(Collection<ScenarioStatus> statuses) {
    return new ScenarioCounts(
        statuses.size(),
        count(statuses, ScenarioStatus.PASSED),
        count(statuses, ScenarioStatus.FAILED),
        count(statuses, ScenarioStatus.WAIVED),
        count(statuses, ScenarioStatus.SKIPPED));
  }

  private static int count(Collection<ScenarioStatus> statuses, ScenarioStatus status) {
    return (int) statuses.stream().filter(s -> s == status).count();
  }
}
