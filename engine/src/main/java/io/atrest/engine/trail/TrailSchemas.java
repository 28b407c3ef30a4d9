package io.atrest.engine.trail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.DisallowSchemaLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Validates records against the CloudTrail JSON Schemas: every record against {@value #RECORD}, KMS
 * records against {@value #KMS} and DynamoDB records against {@value #DYNAMODB} (which both include
 * the general one by {@code $ref}). Thread-safe once built.
 *
 * <p>The schemas ship in {@code atrest-fixtures}, which the engine does not depend on at run time
 * (fixtures is data, and a test-scope dependency of every module). So the schema text comes from
 * the caller: {@link #fromClasspath()} reads it where fixtures is on the classpath (tests, the step
 * library, the CLI), and {@link #of(String, String, String)} takes it from anywhere else. Either
 * way nothing is fetched from the network: the three schemas resolve each other's {@code $id}s from
 * memory and any other remote reference is refused.
 */
public final class TrailSchemas {

  /** The general CloudTrail record schema. */
  public static final String RECORD = "cloudtrail-record.schema.json";

  /** The KMS event schema. */
  public static final String KMS = "cloudtrail-kms-event.schema.json";

  /** The DynamoDB event schema. */
  public static final String DYNAMODB = "cloudtrail-dynamodb-event.schema.json";

  /** Where {@code atrest-fixtures} keeps the schemas on the classpath. */
  public static final String CLASSPATH_FOLDER = "io/atrest/fixtures/schemas/";

  private static volatile TrailSchemas classpath;

  private final Map<String, Loaded> byName;

  private record Loaded(JsonSchema schema, JsonNode document) {}

  private TrailSchemas(Map<String, String> textByName) {
    Map<String, String> textById = new HashMap<>();
    Map<String, JsonNode> documentByName = new HashMap<>();
    textByName.forEach(
        (name, text) -> {
          JsonNode document = parse(name, text);
          JsonNode id = document.get("$id");
          if (id == null || !id.isTextual()) {
            throw new IllegalArgumentException("schema `" + name + "` has no $id");
          }
          textById.put(id.asText(), text);
          documentByName.put(name, document);
        });
    JsonSchemaFactory factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder.schemaLoaders(
                    loaders -> loaders.schemas(textById).add(DisallowSchemaLoader.getInstance())));
    Map<String, Loaded> loaded = new HashMap<>();
    documentByName.forEach(
        (name, document) ->
            loaded.put(
                name,
                new Loaded(
                    factory.getSchema(SchemaLocation.of(document.get("$id").asText())), document)));
    this.byName = Map.copyOf(loaded);
  }

  /** The schemas as given: the text of {@value #RECORD}, {@value #KMS} and {@value #DYNAMODB}. */
  public static TrailSchemas of(String recordSchema, String kmsSchema, String dynamodbSchema) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put(RECORD, Objects.requireNonNull(recordSchema, RECORD));
    texts.put(KMS, Objects.requireNonNull(kmsSchema, KMS));
    texts.put(DYNAMODB, Objects.requireNonNull(dynamodbSchema, DYNAMODB));
    return new TrailSchemas(texts);
  }

  /**
   * The schemas read from {@value #CLASSPATH_FOLDER} on this class's class loader.
   *
   * @throws IllegalStateException when {@code atrest-fixtures} is not on the classpath
   */
  public static TrailSchemas fromClasspath() {
    TrailSchemas loaded = classpath;
    if (loaded == null) {
      // Reading and compiling the schemas costs far more than validating a record, and the step
      // library asks after every scenario; instances are immutable, so one is shared. Two threads
      // racing here each build one, which is harmless.
      loaded = of(read(RECORD), read(KMS), read(DYNAMODB));
      classpath = loaded;
    }
    return loaded;
  }

  /** The violations of {@code event}'s JSON; empty when it is valid. */
  public List<SchemaViolation> validate(TrailEvent event) {
    return validate(event.toJson());
  }

  /**
   * The violations of {@code record}, checked against the schema for its {@code eventSource} (the
   * KMS or DynamoDB one, else the general one), ordered by path; empty when it is valid.
   */
  public List<SchemaViolation> validate(JsonNode record) {
    JsonNode source = record.path("eventSource");
    String name =
        switch (source.asText("")) {
          case TrailEvent.KMS -> KMS;
          case TrailEvent.DYNAMODB -> DYNAMODB;
          default -> RECORD;
        };
    return validate(record, name);
  }

  /** The violations of {@code record} against the schema named {@code schemaName}. */
  public List<SchemaViolation> validate(JsonNode record, String schemaName) {
    Loaded loaded = byName.get(schemaName);
    if (loaded == null) {
      throw new IllegalArgumentException(
          "unknown schema `" + schemaName + "`: expected one of " + byName.keySet());
    }
    return loaded.schema().validate(record).stream()
        .map(this::violation)
        .sorted(Comparator.comparing(SchemaViolation::path).thenComparing(SchemaViolation::message))
        .toList();
  }

  /**
   * Checks {@code event}.
   *
   * @throws IllegalArgumentException listing every violation, one per line
   */
  public void requireValid(TrailEvent event) {
    List<SchemaViolation> violations = validate(event);
    if (!violations.isEmpty()) {
      StringBuilder text =
          new StringBuilder("CloudTrail record `" + event.eventName() + "` breaks its schema:");
      violations.forEach(v -> text.append("\n  ").append(v.describe()));
      throw new IllegalArgumentException(text.toString());
    }
  }

  private SchemaViolation violation(ValidationMessage message) {
    SchemaLocation location = message.getSchemaLocation();
    String file = fileName(location.getAbsoluteIri().toString());
    return new SchemaViolation(
        file,
        message.getInstanceLocation().toString(),
        message.getMessage(),
        rule(file, location.getFragment()));
  }

  // The nearest "description" at or above the failed keyword is the rule in words.
  private String rule(String file, JsonNodePath fragment) {
    Loaded loaded = byName.get(file);
    if (loaded == null || fragment == null) {
      return "";
    }
    for (int depth = fragment.getNameCount(); depth >= 0; depth--) {
      JsonNode node = loaded.document();
      for (int i = 0; i < depth && node != null; i++) {
        Object element = fragment.getElement(i);
        node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
      }
      if (node != null && depth > 0 && node.path("description").isTextual()) {
        return node.get("description").asText();
      }
    }
    return "";
  }

  private static String fileName(String iri) {
    return iri.substring(iri.lastIndexOf('/') + 1);
  }

  private static JsonNode parse(String name, String text) {
    try {
      return TrailJson.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "schema `" + name + "` is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static String read(String name) {
    String resource = CLASSPATH_FOLDER + name;
    try (InputStream in = TrailSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "schema `" + resource + "` is not on the classpath: add the atrest-fixtures jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema `" + resource + "`", e);
    }
  }
}
