package io.atrest.features.world;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.atrest.engine.trail.SchemaViolation;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailMatch;
import io.atrest.engine.trail.TrailMismatch;
import io.atrest.engine.trail.TrailSchemas;
import io.atrest.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assertions over the scenario's CloudTrail: an event with given field values (JSON pointers), an
 * event containing a JSON fixture (the trail's subset matcher, ids and times ignored), the absence
 * of an event, and schema validity of every record. Failures list the events that came closest.
 */
public final class TrailChecks {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cell value that says a field must not be in the record at all. */
  public static final String ABSENT = "(absent)";

  /**
   * Fields a documented sample cannot share with a fresh engine beyond ids and times: the sample's
   * older {@code eventVersion}, IAM's random unique ids and the grant id KMS generates.
   */
  private static final String[] SAMPLE_VARYING = {"eventVersion", "principalId", "grantId"};

  private final KmsWorld world;

  public TrailChecks(KmsWorld world) {
    this.world = world;
  }

  /** The first {@code eventName} event whose fields at the JSON pointers equal the values. */
  public TrailEvent eventWith(String eventName, Map<String, String> fields) {
    List<String> misses = new ArrayList<>();
    for (TrailEvent e : named(eventName)) {
      JsonNode json = e.toJson();
      Optional<String> miss =
          fields.entrySet().stream()
              .filter(f -> !matches(json.at(f.getKey()), f.getValue()))
              .map(
                  f ->
                      f.getKey()
                          + " is "
                          + shown(json.at(f.getKey()))
                          + ", expected "
                          + f.getValue())
              .findFirst();
      if (miss.isEmpty()) {
        return e;
      }
      misses.add("- event " + e.eventID() + ": " + miss.get());
    }
    throw new AssertionError(
        "expected a "
            + eventName
            + " event with "
            + fields
            + "\nfound "
            + (misses.isEmpty()
                ? "no " + eventName + " event at all"
                : "none matching:\n" + String.join("\n", misses)));
  }

  /** An event containing the JSON of {@code fixture}, ignoring ids, times and key ids. */
  public TrailEvent eventMatching(String fixture) {
    JsonNode expected = parse(Fixtures.text(fixture));
    TrailMatch match = TrailMatch.ignoringVaryingFields().ignoringFields(SAMPLE_VARYING);
    List<String> misses = new ArrayList<>();
    for (TrailEvent e : named(expected.path("eventName").asText())) {
      Optional<TrailMismatch> mismatch = match.firstMismatch(expected, e);
      if (mismatch.isEmpty()) {
        return e;
      }
      misses.add("- event " + e.eventID() + ": " + mismatch.get().describe());
    }
    throw new AssertionError(
        "expected an event matching fixture "
            + fixture
            + " (ignoring "
            + match.ignoredFields()
            + " and key ids)\nfound "
            + (misses.isEmpty() ? "no event of that name" : "none:\n" + String.join("\n", misses)));
  }

  /** The events named {@code eventName} by {@code principalArn} (any principal when null). */
  public List<TrailEvent> events(String eventName, @Nullable String principalArn) {
    return named(eventName).stream()
        .filter(e -> principalArn == null || principalArn.equals(e.userIdentity().arn()))
        .toList();
  }

  /** The schema violations of every recorded event, described. */
  public List<String> schemaViolations() {
    TrailSchemas schemas = TrailSchemas.fromClasspath();
    return world.trail().events().stream()
        .flatMap(
            e ->
                schemas.validate(e).stream()
                    .map(v -> e.eventName() + " " + e.eventID() + ": " + describe(v)))
        .collect(Collectors.toList());
  }

  /**
   * eventIDs recorded twice, and requestIDs of different calls (different sharedEventIDs) that
   * coincide.
   */
  public List<String> duplicateIds() {
    List<String> duplicates = new ArrayList<>();
    java.util.Set<String> eventIds = new java.util.HashSet<>();
    Map<String, String> requestCalls = new java.util.HashMap<>();
    for (TrailEvent e : world.trail().events()) {
      if (!eventIds.add(e.eventID())) {
        duplicates.add("eventID " + e.eventID());
      }
      String call = e.sharedEventID().orElse(e.eventID());
      e.requestID()
          .ifPresent(
              id -> {
                String previous = requestCalls.putIfAbsent(id, call);
                if (previous != null && !previous.equals(call)) {
                  duplicates.add("requestID " + id);
                }
              });
    }
    return duplicates;
  }

  private List<TrailEvent> named(String eventName) {
    return world.trail().events().stream().filter(e -> e.eventName().equals(eventName)).toList();
  }

  private static String describe(SchemaViolation v) {
    return v.describe();
  }

  /**
   * Whether a recorded value equals a table cell: {@code (absent)} means the field is missing; a
   * string field equals the cell's text (an empty cell: the empty string, or the cell as a quoted
   * JSON string); any other field equals the cell read as JSON ({@code true}, {@code null}, {@code
   * 12}, {@code {...}}).
   */
  static boolean matches(JsonNode actual, String cell) {
    if (ABSENT.equals(cell)) {
      return actual.isMissingNode();
    }
    if (actual.isMissingNode()) {
      return false;
    }
    if (cell == null) {
      return actual.isTextual() && actual.asText().isEmpty();
    }
    JsonNode expected = value(cell);
    if (actual.isTextual()) {
      return actual.asText().equals(cell) || actual.equals(expected);
    }
    return actual.equals(expected);
  }

  private static String shown(JsonNode node) {
    return node.isMissingNode() ? "absent" : node.toString();
  }

  private static JsonNode value(String cell) {
    try {
      return JSON.readTree(cell);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(cell);
    }
  }

  private static JsonNode parse(String text) {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("fixture is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
