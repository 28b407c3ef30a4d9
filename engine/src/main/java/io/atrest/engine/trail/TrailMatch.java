package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a record contains an expected JSON fragment, such as a documented sample event.
 * Immutable.
 *
 * <ul>
 *   <li>an expected object matches an object that has every expected field with a matching value;
 *       extra fields in the record are allowed;
 *   <li>an expected array matches an array of the same length whose elements match one by one, in
 *       order;
 *   <li>scalars match when equal in type and value (numbers by value; {@code "false"} is not {@code
 *       false}); an expected {@code null} needs a recorded {@code null}, not a missing field;
 *   <li>an ignored field must be present, but its value is not compared;
 *   <li>with {@link #ignoringKeyIds()}, an expected KMS key ARN matches any key ARN of the same
 *       partition, Region and account, because generated keys get fresh ids.
 * </ul>
 */
public final class TrailMatch {

  /**
   * Fields whose values differ between any two runs: the GUIDs, the times ({@code creationDate} is
   * the session-start time inside {@code sessionContext}) and the access key id.
   */
  public static final Set<String> VARYING_FIELDS =
      Set.of("eventID", "requestID", "eventTime", "sharedEventID", "accessKeyId", "creationDate");

  private static final Pattern KEY_ARN =
      Pattern.compile("arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\\d{12}):key/([A-Za-z0-9-]+)");

  private final Set<String> ignoredFields;
  private final boolean anyKeyId;

  private TrailMatch(Set<String> ignoredFields, boolean anyKeyId) {
    this.ignoredFields = Set.copyOf(ignoredFields);
    this.anyKeyId = anyKeyId;
  }

  /** Compares every expected value. */
  public static TrailMatch exact() {
    return new TrailMatch(Set.of(), false);
  }

  /** Ignores {@link #VARYING_FIELDS} and the ids in key ARNs: for matching documented samples. */
  public static TrailMatch ignoringVaryingFields() {
    return new TrailMatch(VARYING_FIELDS, true);
  }

  /** This matcher, also ignoring the values of the fields with these names, at any depth. */
  public TrailMatch ignoringFields(String... names) {
    Set<String> more = new HashSet<>(ignoredFields);
    more.addAll(List.of(names));
    return new TrailMatch(more, anyKeyId);
  }

  /** This matcher, also accepting any key id inside a KMS key ARN of the expected account. */
  public TrailMatch ignoringKeyIds() {
    return new TrailMatch(ignoredFields, true);
  }

  /** The fields this matcher ignores. */
  public Set<String> ignoredFields() {
    return ignoredFields;
  }

  /** The first difference between {@code expected} and {@code actual}, if any. */
  public Optional<TrailMismatch> firstMismatch(JsonNode expected, JsonNode actual) {
    return compare(Objects.requireNonNull(expected, "expected"), actual, "");
  }

  /** The first difference between {@code expected} and the record's JSON, if any. */
  public Optional<TrailMismatch> firstMismatch(JsonNode expected, TrailEvent actual) {
    return firstMismatch(expected, actual.toJson());
  }

  /** Whether the record contains {@code expected}. */
  public boolean matches(JsonNode expected, TrailEvent actual) {
    return firstMismatch(expected, actual).isEmpty();
  }

  /** The records among {@code events} that contain {@code expected}, in their order. */
  public List<TrailEvent> matching(JsonNode expected, Collection<TrailEvent> events) {
    return events.stream().filter(e -> matches(expected, e)).toList();
  }

  private Optional<TrailMismatch> compare(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject()) {
      return compareObject(expected, actual, path);
    }
    if (expected.isArray()) {
      return compareArray(expected, actual, path);
    }
    if (anyKeyId && expected.isTextual() && isKeyArn(expected.asText())) {
      return compareKeyArn(expected, actual, path);
    }
    return compareScalar(expected, actual, path);
  }

  private Optional<TrailMismatch> compareObject(JsonNode expected, JsonNode actual, String path) {
    if (!actual.isObject()) {
      return mismatch(path, "expected an object, found " + kind(actual), expected, actual);
    }
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      String child = path + "/" + escape(field.getKey());
      JsonNode value = actual.get(field.getKey());
      if (value == null) {
        return mismatch(child, "missing field `" + field.getKey() + "`", field.getValue(), null);
      }
      if (ignoredFields.contains(field.getKey())) {
        continue;
      }
      Optional<TrailMismatch> inner = compare(field.getValue(), value, child);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  private Optional<TrailMismatch> compareArray(JsonNode expected, JsonNode actual, String path) {
    if (!actual.isArray()) {
      return mismatch(path, "expected an array, found " + kind(actual), expected, actual);
    }
    if (expected.size() != actual.size()) {
      return mismatch(
          path,
          "expected " + expected.size() + " elements, found " + actual.size(),
          expected,
          actual);
    }
    for (int i = 0; i < expected.size(); i++) {
      Optional<TrailMismatch> inner = compare(expected.get(i), actual.get(i), path + "/" + i);
      if (inner.isPresent()) {
        return inner;
      }
    }
    return Optional.empty();
  }

  private Optional<TrailMismatch> compareKeyArn(JsonNode expected, JsonNode actual, String path) {
    Matcher want = KEY_ARN.matcher(expected.asText());
    Matcher got = KEY_ARN.matcher(actual.isTextual() ? actual.asText() : "");
    if (!want.matches() || !got.matches()) {
      return mismatch(path, "expected a KMS key ARN, found " + kind(actual), expected, actual);
    }
    for (int group = 1; group <= 3; group++) {
      if (!want.group(group).equals(got.group(group))) {
        String part = group == 1 ? "partition" : group == 2 ? "Region" : "account";
        return mismatch(path, "key ARN in another " + part, expected, actual);
      }
    }
    return Optional.empty();
  }

  private static Optional<TrailMismatch> compareScalar(
      JsonNode expected, JsonNode actual, String path) {
    if (expected.getNodeType() != actual.getNodeType()) {
      return mismatch(
          path, "expected " + kind(expected) + ", found " + kind(actual), expected, actual);
    }
    boolean equal =
        expected.isNumber()
            ? expected.decimalValue().compareTo(actual.decimalValue()) == 0
            : expected.equals(actual);
    return equal ? Optional.empty() : mismatch(path, "different value", expected, actual);
  }

  private static boolean isKeyArn(String text) {
    return KEY_ARN.matcher(text).matches();
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static String escape(String field) {
    return field.replace("~", "~0").replace("/", "~1");
  }

  private static Optional<TrailMismatch> mismatch(
      String path, String problem, JsonNode expected, JsonNode actual) {
    return Optional.of(new TrailMismatch(path, problem, expected, actual));
  }
}
