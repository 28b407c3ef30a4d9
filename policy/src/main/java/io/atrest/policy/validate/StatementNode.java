package io.atrest.policy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.policy.parse.LocatedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One statement of a policy as JSON, with its pointer. Accessors are lenient: an element of the
 * wrong JSON type reads as absent or is skipped, because the schema already reports it and the
 * semantic checks must still run on the rest.
 */
record StatementNode(int index, String pointer, JsonNode node) {

  /** The label used in messages: the Sid when there is one, else {@code Statement[i]}. */
  String label() {
    JsonNode sid = node.get("Sid");
    return sid != null && sid.isTextual() && !sid.asText().isEmpty()
        ? "statement " + Located.quote(sid.asText())
        : "Statement[" + index + "]";
  }

  boolean has(String member) {
    return node.has(member);
  }

  String pointerOf(String member) {
    return pointer + "/" + LocatedJson.escape(member);
  }

  boolean isAllow() {
    JsonNode effect = node.get("Effect");
    return effect != null && "Allow".equals(effect.asText());
  }

  /** The strings of a string-or-list element (Action, Resource, ...), each with its pointer. */
  List<Located> strings(String member) {
    return strings(node.get(member), pointerOf(member));
  }

  static List<Located> strings(JsonNode value, String pointer) {
    List<Located> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isTextual()) {
      out.add(new Located(pointer, value.asText()));
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isTextual()) {
          out.add(new Located(pointer + "/" + i, value.get(i).asText()));
        }
      }
    }
    return out;
  }

  /**
   * The principals of Principal or NotPrincipal: the bare {@code "*"} form reads as type {@code *},
   * the map form as one entry per value under its type (AWS, Service, ...).
   */
  List<PrincipalEntry> principals(String member) {
    List<PrincipalEntry> out = new ArrayList<>();
    JsonNode value = node.get(member);
    String at = pointerOf(member);
    if (value == null) {
      return out;
    }
    if (value.isTextual()) {
      out.add(new PrincipalEntry("*", new Located(at, value.asText())));
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        String typeAt = at + "/" + LocatedJson.escape(e.getKey());
        strings(e.getValue(), typeAt).forEach(v -> out.add(new PrincipalEntry(e.getKey(), v)));
      }
    }
    return out;
  }

  /** Every condition of the statement: operator, key and values, each located. */
  List<ConditionEntry> conditions() {
    List<ConditionEntry> out = new ArrayList<>();
    JsonNode block = node.get("Condition");
    if (block == null || !block.isObject()) {
      return out;
    }
    String blockAt = pointerOf("Condition");
    for (Map.Entry<String, JsonNode> op : block.properties()) {
      if (!op.getValue().isObject()) {
        continue;
      }
      String opAt = blockAt + "/" + LocatedJson.escape(op.getKey());
      for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
        String keyAt = opAt + "/" + LocatedJson.escape(key.getKey());
        out.add(
            new ConditionEntry(
                op.getKey(), opAt, key.getKey(), keyAt, values(key.getValue(), keyAt)));
      }
    }
    return out;
  }

  private static List<ConditionEntry.Value> values(JsonNode value, String pointer) {
    List<ConditionEntry.Value> out = new ArrayList<>();
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i).isValueNode()) {
          out.add(new ConditionEntry.Value(pointer + "/" + i, value.get(i)));
        }
      }
    } else if (value.isValueNode()) {
      out.add(new ConditionEntry.Value(pointer, value));
    }
    return out;
  }

  /** The Sid, when it is a string. */
  Optional<Located> sid() {
    JsonNode sid = node.get("Sid");
    return sid != null && sid.isTextual()
        ? Optional.of(new Located(pointerOf("Sid"), sid.asText()))
        : Optional.empty();
  }

  /** One principal value under its type ({@code AWS}, {@code Service}, ... or {@code *}). */
  record PrincipalEntry(String type, Located value) {}
}
