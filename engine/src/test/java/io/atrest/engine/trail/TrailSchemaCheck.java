package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that holds every engine test to valid CloudTrail: after each test, every event
 * recorded in a {@link #watch watched} trail is checked against the CloudTrail JSON Schemas of
 * {@code atrest-fixtures} (through {@link TrailSchemas}), and the test fails listing each record
 * that breaks them.
 *
 * <p>It is registered for every engine test by JUnit's extension auto-detection ({@code
 * META-INF/services} and {@code junit-platform.properties} in the engine's test resources), and the
 * test beds watch the trails they create, so no test can forget it. Trails are watched per thread:
 * a test bed is built on the thread that runs its test, before the test's callbacks.
 */
public final class TrailSchemaCheck implements AfterEachCallback {

  private static final ThreadLocal<List<AuditTrail>> WATCHED =
      ThreadLocal.withInitial(ArrayList::new);

  /** Has the current test's trail checked when the test ends; returns {@code trail}. */
  public static AuditTrail watch(AuditTrail trail) {
    WATCHED.get().add(trail);
    return trail;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    List<AuditTrail> trails = List.copyOf(WATCHED.get());
    WATCHED.get().clear();
    requireValid(trails);
  }

  /**
   * Checks every event of {@code trails}; events that differ only in ids and times are checked
   * once, since the schemas judge those fields by pattern alone.
   *
   * @throws AssertionError listing every record that breaks its schema, with the violations
   */
  static void requireValid(List<AuditTrail> trails) {
    TrailSchemas schemas = TrailSchemas.fromClasspath();
    Set<String> shapes = new HashSet<>();
    StringBuilder failures = new StringBuilder();
    int broken = 0;
    for (AuditTrail trail : trails) {
      for (TrailEvent event : trail.events()) {
        ObjectNode json = event.toJson();
        if (!shapes.add(shape(json))) {
          continue;
        }
        List<SchemaViolation> violations = schemas.validate(json);
        if (!violations.isEmpty()) {
          broken++;
          failures.append("\n").append(event.eventName()).append(": ").append(json);
          violations.forEach(v -> failures.append("\n  ").append(v.describe()));
        }
      }
    }
    if (broken > 0) {
      throw new AssertionError(
          broken + " recorded CloudTrail event(s) break the schemas:" + failures);
    }
  }

  private static String shape(ObjectNode json) {
    ObjectNode copy = json.deepCopy();
    copy.remove(List.of("eventID", "requestID", "eventTime", "sharedEventID"));
    return copy.toString();
  }
}
