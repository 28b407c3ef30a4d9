package io.atrest.reports.waiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a waivers file, YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}):
 *
 * <pre>
 * waivers:
 *   - scenario: "Decrypt under a disabled key is refused"   # or control: ATR-KM-03
 *     justification: "tracked in SEC-123"
 *     owner: "alice@example.com"
 *     expires: 2026-12-31
 * </pre>
 *
 * Every member is required except that exactly one of {@code scenario} and {@code control} is
 * given; any other member is an error, because a misspelt {@code expires} must not make a waiver
 * eternal.
 */
public final class WaiversFile {

  private static final Set<String> MEMBERS =
      Set.of("scenario", "control", "justification", "owner", "expires");

  private WaiversFile() {}

  /**
   * Reads the waivers in {@code path}.
   *
   * @throws WaiverException naming the file and the entry when the file cannot be read or an entry
   *     does not fit the format
   */
  public static List<Waiver> read(Path path) {
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new WaiverException("cannot read waivers file `" + path + "`: " + e, e);
    }
    return parse(path.toString(), text, isJson(path));
  }

  /** Reads waivers from text; {@code source} names it in error messages. */
  public static List<Waiver> parse(String source, String text, boolean json) {
    ObjectMapper mapper = json ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new WaiverException(
          "waivers file `"
              + source
              + "` is not "
              + (json ? "JSON" : "YAML")
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    JsonNode entries = root == null ? null : root.get("waivers");
    if (entries == null || !entries.isArray()) {
      throw new WaiverException(
          "waivers file `" + source + "` must be an object with a `waivers` list");
    }
    List<Waiver> waivers = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      waivers.add(entry(source + " waivers[" + i + "]", entries.get(i)));
    }
    return List.copyOf(waivers);
  }

  private static Waiver entry(String where, JsonNode entry) {
    if (!entry.isObject()) {
      throw new WaiverException(where + ": must be an object");
    }
    for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!MEMBERS.contains(name)) {
        throw new WaiverException(where + ": unknown member `" + name + "`, allowed: " + MEMBERS);
      }
    }
    try {
      return new Waiver(
          target(where, entry),
          // Absent text is blank text: the waiver refuses both with the same message.
          Objects.requireNonNullElse(text(entry, "justification"), ""),
          Objects.requireNonNullElse(text(entry, "owner"), ""),
          date(where, entry));
    } catch (IllegalArgumentException e) {
      throw new WaiverException(where + ": " + e.getMessage(), e);
    }
  }

  private static WaiverTarget target(String where, JsonNode entry) {
    boolean scenario = entry.hasNonNull("scenario");
    boolean control = entry.hasNonNull("control");
    if (scenario == control) {
      throw new WaiverException(where + ": give exactly one of `scenario` and `control`");
    }
    return scenario
        ? new WaiverTarget.Scenario(entry.get("scenario").asText())
        : new WaiverTarget.Control(entry.get("control").asText());
  }

  private static LocalDate date(String where, JsonNode entry) {
    String value = text(entry, "expires");
    if (value == null) {
      throw new WaiverException(where + ": `expires` (a date such as 2026-12-31) is required");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new WaiverException(
          where + ": `expires` value `" + value + "` is not a date such as 2026-12-31", e);
    }
  }

  private static @Nullable String text(JsonNode entry, String field) {
    JsonNode value = entry.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }

  private static boolean isJson(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
