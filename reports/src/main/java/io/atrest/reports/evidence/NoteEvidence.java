package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/** A sentence a step wants the auditor to read. */
public record NoteEvidence(String name, JsonNode raw, String text) implements Evidence {

  public NoteEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String kind() {
    return "note";
  }
}
