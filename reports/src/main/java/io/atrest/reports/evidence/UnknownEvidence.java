package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Evidence of a kind this version of the report does not know; it is kept and shown as raw JSON, so
 * a newer step library never loses evidence in an older report.
 */
public record UnknownEvidence(String name, String kind, JsonNode raw) implements Evidence {

  public UnknownEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(raw, "raw");
  }
}
