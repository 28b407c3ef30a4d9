package io.atrest.reports.model;

import java.util.Collection;

/** How many controls or requirements have each verdict. */
public record Counts(int total, int passed, int failed, int waived, int notCovered) {

  /** Counts the verdicts given. */
  public static Counts of(Collection<Verdict> verdicts) {
    return new Counts(
        verdicts.size(),
        count(verdicts, Verdict.PASS),
        count(verdicts, Verdict.FAIL),
        count(verdicts, Verdict.WAIVED),
        count(verdicts, Verdict.NOT_COVERED));
  }

  private static int count(Collection<Verdict> verdicts, Verdict verdict) {
    return (int) verdicts.stream().filter(v -> v == verdict).count();
  }
}
