package io.atrest.serve.dynamodb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.Bytes;
import io.atrest.serve.wire.Json;
import io.atrest.serve.wire.WireError;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's typed JSON for attribute values ({@code {"S": "..."}}, {@code {"N": "1"}}, {@code
 * {"B": "base64"}}, {@code {"M": {...}}} and the rest), both ways. A value naming no type or more
 * than one is refused with DynamoDB's ValidationException texts.
 */
final class ItemJson {

  private ItemJson() {}

  static Map<String, AttributeValue> item(JsonNode node, String member) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw WireError.serialization("Start of structure or map expected for '" + member + "'");
    }
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getValue())));
    return out;
  }

  static AttributeValue value(JsonNode node) {
    if (!node.isObject()) {
      throw WireError.serialization("Start of structure or map expected for an AttributeValue");
    }
    if (node.size() == 0) {
      throw invalid(
          "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    }
    if (node.size() > 1) {
      throw invalid(
          "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
    }
    Map.Entry<String, JsonNode> e = node.fields().next();
    JsonNode v = e.getValue();
    return switch (e.getKey()) {
      case "S" -> AttributeValue.s(text(v));
      case "N" -> AttributeValue.n(text(v));
      case "B" -> AttributeValue.b(binary(v));
      case "BOOL" -> AttributeValue.bool(bool(v));
      case "NULL" -> nul(v);
      case "M" -> AttributeValue.m(item(v, "M"));
      case "L" -> AttributeValue.l(list(v));
      case "SS" -> AttributeValue.ss(texts(v));
      case "NS" -> AttributeValue.ns(texts(v));
      case "BS" -> AttributeValue.bs(texts(v).stream().map(ItemJson::binary).toList());
      default ->
          throw invalid(
              "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
    };
  }

  static ObjectNode write(Map<String, AttributeValue> item) {
    ObjectNode n = Json.NODES.objectNode();
    item.forEach((k, v) -> n.set(k, write(v)));
    return n;
  }

  static ObjectNode write(AttributeValue v) {
    ObjectNode n = Json.NODES.objectNode();
    if (v instanceof AttributeValue.S s) {
      n.put("S", s.value());
    } else if (v instanceof AttributeValue.N num) {
      n.put("N", num.value());
    } else if (v instanceof AttributeValue.B b) {
      n.put("B", base64(b.value()));
    } else if (v instanceof AttributeValue.Bool b) {
      n.put("BOOL", b.value());
    } else if (v instanceof AttributeValue.Null) {
      n.put("NULL", true);
    } else if (v instanceof AttributeValue.M m) {
      n.set("M", write(m.value()));
    } else if (v instanceof AttributeValue.L l) {
      ArrayNode a = n.putArray("L");
      l.value().forEach(e -> a.add(write(e)));
    } else if (v instanceof AttributeValue.Ss ss) {
      ArrayNode a = n.putArray("SS");
      ss.value().forEach(a::add);
    } else if (v instanceof AttributeValue.Ns ns) {
      ArrayNode a = n.putArray("NS");
      ns.value().forEach(a::add);
    } else if (v instanceof AttributeValue.Bs bs) {
      ArrayNode a = n.putArray("BS");
      bs.members().forEach(b -> a.add(base64(b)));
    }
    return n;
  }

  static ArrayNode writeAll(List<Map<String, AttributeValue>> items) {
    ArrayNode a = Json.NODES.arrayNode();
    items.forEach(i -> a.add(write(i)));
    return a;
  }

  private static AttributeValue nul(JsonNode v) {
    if (!bool(v)) {
      throw invalid(
          "One or more parameter values were invalid: Null attribute value types must have the value of true");
    }
    return AttributeValue.nul();
  }

  private static List<AttributeValue> list(JsonNode v) {
    if (!v.isArray()) {
      throw WireError.serialization("Start of list expected for an L value");
    }
    List<AttributeValue> out = new ArrayList<>();
    v.forEach(e -> out.add(value(e)));
    return out;
  }

  private static List<String> texts(JsonNode v) {
    if (!v.isArray()) {
      throw WireError.serialization("Start of list expected for a set value");
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> out.add(text(e)));
    return out;
  }

  private static String text(JsonNode v) {
    if (!v.isTextual()) {
      throw WireError.serialization(
          v.isObject()
              ? "Start of structure or map found where not expected."
              : "Unexpected field type");
    }
    return v.asText();
  }

  private static boolean bool(JsonNode v) {
    if (!v.isBoolean()) {
      throw WireError.serialization("Unexpected field type");
    }
    return v.asBoolean();
  }

  private static byte[] binary(JsonNode v) {
    return binary(text(v));
  }

  private static byte[] binary(String text) {
    try {
      return Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw WireError.serialization("Base64 encoded binary value is invalid");
    }
  }

  private static String base64(Bytes b) {
    return Base64.getEncoder().encodeToString(b.toArray());
  }

  private static WireError invalid(String message) {
    return WireError.of("ValidationException", message);
  }
}
