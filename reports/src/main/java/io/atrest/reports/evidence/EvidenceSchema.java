package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The evidence contract as a JSON Schema, read once from {@value #RESOURCE}. */
final class EvidenceSchema {

  static final String RESOURCE = "io/atrest/reports/evidence.schema.json";

  private static final JsonSchema SCHEMA = load();

  private EvidenceSchema() {}

  /** The schema violations of one evidence document, as sorted sentences; empty when valid. */
  static List<String> problems(JsonNode evidence) {
    return SCHEMA.validate(evidence).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  private static JsonSchema load() {
    try (InputStream in = EvidenceSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "evidence schema `" + RESOURCE + "` is not on the classpath");
      }
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read evidence schema `" + RESOURCE + "`", e);
    }
  }
}
