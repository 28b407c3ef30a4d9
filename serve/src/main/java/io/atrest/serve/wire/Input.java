package io.atrest.serve.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed access to the members of a request object. A member of the wrong JSON type is a
 * SerializationException (the services fail while deserializing, before validation); a missing
 * required member is a ValidationException naming the member in lower camel case, as AWS names it
 * ({@code Value null at 'keyId' ...}). A JSON {@code null} counts as absent.
 */
public final class Input {

  private final ObjectNode node;

  public Input(ObjectNode node) {
    this.node = node;
  }

  public boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  public Optional<String> string(String field) {
    return value(field).map(v -> requireType(v, v.isTextual()).asText());
  }

  public String requiredString(String field) {
    return string(field).orElseThrow(() -> WireError.missing(member(field)));
  }

  public Optional<Integer> integer(String field) {
    return value(field)
        .map(v -> requireType(v, v.canConvertToInt() && v.isIntegralNumber()).asInt());
  }

  public Optional<Long> longValue(String field) {
    return value(field)
        .map(v -> requireType(v, v.canConvertToLong() && v.isIntegralNumber()).asLong());
  }

  public Optional<Boolean> bool(String field) {
    return value(field).map(v -> requireType(v, v.isBoolean()).asBoolean());
  }

  /** A timestamp member: epoch seconds (the JSON protocols' default timestamp format). */
  public Optional<Instant> time(String field) {
    return value(field)
        .map(v -> requireType(v, v.isNumber()))
        .map(v -> Instant.ofEpochMilli(Math.round(v.asDouble() * 1000)));
  }

  /** A blob member: base64 text. */
  public Optional<byte[]> blob(String field) {
    return string(field).map(text -> decode(text, field));
  }

  public byte[] requiredBlob(String field) {
    return blob(field).orElseThrow(() -> WireError.missing(member(field)));
  }

  public Optional<Input> object(String field) {
    return value(field).map(v -> new Input((ObjectNode) requireType(v, v.isObject())));
  }

  public Input requiredObject(String field) {
    return object(field).orElseThrow(() -> WireError.missing(member(field)));
  }

  /** A list member; absent is empty. */
  public List<JsonNode> list(String field) {
    return value(field).map(v -> listOf(requireType(v, v.isArray()))).orElse(List.of());
  }

  public List<String> strings(String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : list(field)) {
      out.add(requireType(v, v.isTextual()).asText());
    }
    return out;
  }

  /** A map of strings to strings; absent is empty. */
  public Map<String, String> stringMap(String field) {
    Map<String, String> out = new LinkedHashMap<>();
    object(field)
        .ifPresent(
            o ->
                o.node
                    .fields()
                    .forEachRemaining(
                        e ->
                            out.put(
                                e.getKey(),
                                requireType(e.getValue(), e.getValue().isTextual()).asText())));
    return out;
  }

  /** The members of an object-valued map, in request order. */
  public Map<String, JsonNode> members() {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  public ObjectNode node() {
    return node;
  }

  /** An object element of a list member, as {@link Input}. */
  public static Input element(JsonNode v) {
    return new Input((ObjectNode) requireType(v, v.isObject()));
  }

  /** AWS's name for a member in validation messages: the first letter lower-cased. */
  public static String member(String field) {
    return Character.toLowerCase(field.charAt(0)) + field.substring(1);
  }

  private Optional<JsonNode> value(String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  private static List<JsonNode> listOf(JsonNode array) {
    List<JsonNode> out = new ArrayList<>(array.size());
    array.forEach(out::add);
    return out;
  }

  // The texts are those the services send when a member has the wrong JSON type (recorded in
  // aws/aws-sdk-js-v3#7102, rusoto/rusoto#658 and JuliaCloud/AWS.jl#673).
  private static JsonNode requireType(JsonNode v, boolean ok) {
    if (ok) {
      return v;
    }
    if (v.isObject()) {
      throw WireError.serialization("Start of structure or map found where not expected.");
    }
    if (v.isArray()) {
      throw WireError.serialization("Start of list found where not expected");
    }
    throw WireError.serialization("Unexpected field type");
  }

  private static byte[] decode(String text, String field) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw WireError.serialization("Base64 encoded value of '" + member(field) + "' is invalid");
    }
  }
}
