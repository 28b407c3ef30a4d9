package io.atrest.reports.waiver;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An accepted failure: what it covers, why, who owns it and the last day it applies. A waiver is in
 * force up to and including its expiry date.
 */
public record Waiver(WaiverTarget target, String justification, String owner, LocalDate expires) {

  public Waiver {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(expires, "expires");
    requireText(justification, "justification", target);
    requireText(owner, "owner", target);
  }

  /** Whether the waiver no longer applies on {@code today}. */
  public boolean expiredOn(LocalDate today) {
    return expires.isBefore(today);
  }

  /** Whether this waiver, if in force, covers a failure of that scenario within that control. */
  public boolean covers(String scenarioName, String controlId) {
    if (target instanceof WaiverTarget.Scenario s) {
      return s.value().equals(scenarioName);
    }
    return target.value().equals(controlId);
  }

  private static void requireText(String value, String field, WaiverTarget target) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "waiver for " + target + ": `" + field + "` must be a non-empty string");
    }
  }
}
