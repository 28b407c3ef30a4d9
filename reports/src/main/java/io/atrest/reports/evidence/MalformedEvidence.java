package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * An attachment that claimed to be evidence but does not fit the contract; the report lists it with
 * its problems instead of failing the run.
 */
public record MalformedEvidence(String name, JsonNode raw, List<String> problems)
    implements Evidence {

  public MalformedEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("malformed evidence `" + name + "` needs a problem");
    }
  }

  @Override
  public String kind() {
    return "malformed";
  }
}
