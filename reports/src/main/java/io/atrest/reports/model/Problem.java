package io.atrest.reports.model;

import java.util.Objects;

/** Something wrong with the run's inputs that the report lists (and that may fail the run). */
public record Problem(Kind kind, String subject, String message) {

  public Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of problem, each with the exit status it forces (0: reported only). */
  public enum Kind {
    /** A catalog or waivers file that cannot be read or does not fit its format. */
    CONFIGURATION(2),
    /** A waiver naming a scenario or control that does not exist. */
    UNKNOWN_WAIVER_TARGET(2),
    /** A waiver past its expiry date. */
    EXPIRED_WAIVER(1),
    /** A {@code @control:ID} tag naming no control of the catalog. */
    UNKNOWN_CONTROL(1),
    /** A {@code @req:ID} tag naming no requirement of the catalog. */
    UNKNOWN_REQUIREMENT(1),
    /** A {@code @req:ID} tag naming a retired requirement. */
    RETIRED_REQUIREMENT(0),
    /** Evidence that does not fit the evidence contract. */
    MALFORMED_EVIDENCE(0);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }
}
