package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** The audit trail a scenario produced: CloudTrail-shaped records, in the order recorded. */
public record TrailEvidence(String name, JsonNode raw, List<JsonNode> events) implements Evidence {

  public TrailEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    events = List.copyOf(events);
  }

  @Override
  public String kind() {
    return "trail";
  }
}
