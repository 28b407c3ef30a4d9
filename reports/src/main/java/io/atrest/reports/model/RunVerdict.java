package io.atrest.reports.model;

import java.util.List;

/**
 * The verdict of the whole run, as an exit status: 0 when every scenario passed or its failure is
 * waived, 1 on any failure, expired waiver or unknown tag, 2 on a configuration error (which wins,
 * since nothing else in the report can then be trusted).
 *
 * @param reasons why the exit status is not 0, one sentence each
 */
public record RunVerdict(int exitCode, List<String> reasons) {

  public RunVerdict {
    if (exitCode < 0 || exitCode > 2) {
      throw new IllegalArgumentException("exit code must be 0, 1 or 2, got " + exitCode);
    }
    reasons = List.copyOf(reasons);
  }

  /** {@code PASSED}, {@code FAILED} or {@code CONFIGURATION_ERROR}. */
  public String outcome() {
    return switch (exitCode) {
      case 0 -> "PASSED";
      case 1 -> "FAILED";
      default -> "CONFIGURATION_ERROR";
    };
  }
}
