package io.atrest.reports.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * KMS requests of the whole run per key and operation, and the sum of the scenarios' estimated
 * monthly costs (each scenario runs on a fresh engine, so its keys are its own).
 */
public record KmsUsage(List<Row> requests, BigDecimal monthlyCostUsd, int scenariosReporting) {

  public KmsUsage {
    requests = List.copyOf(requests);
    Objects.requireNonNull(monthlyCostUsd, "monthlyCostUsd");
  }

  /** Requests of one operation on one key. */
  public record Row(String key, String operation, long count) {
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(operation, "operation");
    }
  }
}
