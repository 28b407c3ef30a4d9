package io.atrest.reports.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Pretty-prints JSON trees for the report files. */
final class Json {

  private Json() {}

  static String write(JsonNode node) {
    try {
      return JsonReportWriter.JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      // A tree built in memory always serializes; failing here is a bug, not bad input.
      throw new IllegalStateException("cannot serialize a JSON tree", e);
    }
  }
}
