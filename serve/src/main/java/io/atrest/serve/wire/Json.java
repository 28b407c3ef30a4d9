package io.atrest.serve.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;

/** The one JSON mapper of the server, and the wire forms of values every operation shares. */
public final class Json {

  public static final ObjectMapper MAPPER = new ObjectMapper();
  public static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  // Bound once to the tree type, so that writing a response skips the serializer lookup and the
  // per-call configuration that ObjectMapper.writeValueAsBytes goes through.
  private static final ObjectWriter TREE_WRITER = MAPPER.writerFor(JsonNode.class);
  private static final ObjectReader TREE_READER = MAPPER.readerFor(JsonNode.class);

  private Json() {}

  /**
   * Parses a request body. An empty body counts as {@code {}}, as the services treat it; anything
   * but a JSON object is a SerializationException.
   */
  public static ObjectNode parseObject(byte[] body) {
    if (body.length == 0) {
      return NODES.objectNode();
    }
    JsonNode node;
    try {
      node = TREE_READER.readTree(body);
    } catch (IOException e) {
      throw WireError.serialization("Malformed request body: the request is not valid JSON");
    }
    if (node == null || node.isMissingNode()) {
      return NODES.objectNode();
    }
    if (!node.isObject()) {
      throw WireError.serialization("Start of structure or map expected, found " + kind(node));
    }
    return (ObjectNode) node;
  }

  public static byte[] bytes(JsonNode node) {
    try {
      return TREE_WRITER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }

  /**
   * A timestamp as the JSON protocols send it: epoch seconds as a JSON number with millisecond
   * fraction, written the way the services write it ({@code 1.704067200123E9}).
   */
  public static void putTime(ObjectNode node, String field, Instant instant) {
    node.put(field, instant.toEpochMilli() / 1000.0);
  }

  /**
   * A blob member, which the JSON protocols send as standard base64 with padding. Held as bytes and
   * encoded by the generator straight into the response, rather than through an intermediate string
   * of the whole blob.
   */
  public static void putBlob(ObjectNode node, String field, byte[] bytes) {
    node.set(field, NODES.binaryNode(bytes));
  }

  static String kind(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "null" : "a structure";
  }
}
