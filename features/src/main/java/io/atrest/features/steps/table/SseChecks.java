package io.atrest.features.steps.table;

import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.sse.SseDescription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Compares an {@code SSEDescription} with the fields a scenario expects ({@code Status}, {@code
 * SSEType}, {@code KMSMasterKeyArn}, {@code InaccessibleEncryptionDateTime}); the value {@code
 * absent} expects a field (or, for {@code SSEDescription} itself, the whole description) to be
 * missing, and {@code present} expects any value.
 */
final class SseChecks {

  private SseChecks() {}

  /** Fails, showing the whole table description, unless the SSEDescription has the fields. */
  static void check(String what, TableDescription d, Map<String, String> expected) {
    Map<String, String> actual = fields(d.sseDescription());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      if (!actual.containsKey(e.getKey()) && !e.getKey().equals("SSEDescription")) {
        throw new IllegalArgumentException(
            "SSEDescription has no field `"
                + e.getKey()
                + "`; it has "
                + "SSEDescription, Status, SSEType, KMSMasterKeyArn, InaccessibleEncryptionDateTime");
      }
      String got =
          e.getKey().equals("SSEDescription")
              ? (d.sseDescription().isPresent() ? "present" : "absent")
              : actual.getOrDefault(e.getKey(), "absent");
      boolean ok =
          e.getValue().equals("present") ? !got.equals("absent") : got.equals(e.getValue());
      if (!ok) {
        throw new AssertionError(
            "expected the SSEDescription of "
                + what
                + " to have "
                + e.getKey()
                + " "
                + e.getValue()
                + ", but it is "
                + got
                + "\nthe table description: "
                + TableText.of(d));
      }
    }
  }

  private static Map<String, String> fields(Optional<SseDescription> sse) {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("Status", sse.map(s -> s.status().name()).orElse("absent"));
    out.put("SSEType", sse.flatMap(SseDescription::sseType).orElse("absent"));
    out.put("KMSMasterKeyArn", sse.flatMap(SseDescription::kmsMasterKeyArn).orElse("absent"));
    out.put(
        "InaccessibleEncryptionDateTime",
        sse.flatMap(SseDescription::inaccessibleEncryptionDateTime)
            .map(Object::toString)
            .orElse("absent"));
    return out;
  }
}
