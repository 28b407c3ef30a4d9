package io.atrest.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The compliance report's JSON Schema, as the fixtures module ships it. */
public final class ReportSchema {

  public static final String RESOURCE = "io/atrest/fixtures/schemas/compliance-report.schema.json";

  private ReportSchema() {}

  /** The schema violations of a {@code compliance.json} text; empty when it validates. */
  public static List<String> violations(String json) {
    try (InputStream in = ReportSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema " + RESOURCE + " is not on the test classpath");
      }
      JsonSchema schema =
          JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
      return schema.validate(new ObjectMapper().readTree(json)).stream()
          .map(ValidationMessage::getMessage)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
