package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** How many KMS requests a scenario made per key and operation, and their estimated cost. */
public record KmsUsageEvidence(
    String name, JsonNode raw, List<Requests> requests, BigDecimal monthlyCostUsd)
    implements Evidence {

  public KmsUsageEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    requests = List.copyOf(requests);
    Objects.requireNonNull(monthlyCostUsd, "monthlyCostUsd");
  }

  @Override
  public String kind() {
    return "kmsUsage";
  }

  /** The number of requests of one operation on one key. */
  public record Requests(String key, String operation, long count) {
    public Requests {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(operation, "operation");
      if (count < 0) {
        throw new IllegalArgumentException("count must not be negative, got " + count);
      }
    }
  }
}
