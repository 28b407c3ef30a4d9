package io.atrest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.policy.eval.AuthorizationRequest;
import io.atrest.policy.eval.ContextValue;
import io.atrest.policy.eval.Principal;
import io.atrest.policy.eval.RequestContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the request file of {@code atrest evaluate}: {@code {"principal", "action", "resource",
 * "context"}}, where a context value is a string, a boolean, a number or a list of strings (a list
 * makes the key multivalued). Every problem names the file and the field.
 */
final class RequestFile {
  private static final Set<String> FIELDS = Set.of("principal", "action", "resource", "context");

  private RequestFile() {}

  static AuthorizationRequest parse(String file, String text) throws InputException {
    JsonNode root;
    try {
      root = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new InputException(
          file
              + ": not valid JSON at line "
              + (at == null ? 1 : at.getLineNr())
              + ", column "
              + (at == null ? 1 : at.getColumnNr())
              + ": "
              + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InputException(file + ": the request must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InputException(
            file
                + ": unknown field `"
                + name
                + "` (expected principal, action, resource, context)");
      }
    }
    Principal principal;
    try {
      principal = Principal.parse(requiredText(file, root, "principal"));
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": field `principal`: " + e.getMessage());
    }
    String action = requiredText(file, root, "action");
    if (!action.contains(":")) {
      throw new InputException(
          file + ": field `action`: `" + action + "` must be service:Action, such as kms:Decrypt");
    }
    String resource = requiredText(file, root, "resource");
    return new AuthorizationRequest(
        principal, action, resource, context(file, root.get("context")));
  }

  private static String requiredText(String file, JsonNode root, String field)
      throws InputException {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      throw new InputException(file + ": field `" + field + "` is required");
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new InputException(file + ": field `" + field + "` must be a non-empty string");
    }
    return value.asText();
  }

  private static RequestContext context(String file, JsonNode context) throws InputException {
    RequestContext.Builder builder = RequestContext.builder();
    if (context == null || context.isNull()) {
      return builder.build();
    }
    if (!context.isObject()) {
      throw new InputException(file + ": field `context` must be an object of condition keys");
    }
    for (Map.Entry<String, JsonNode> entry : context.properties()) {
      builder.put(entry.getKey(), value(file, entry.getKey(), entry.getValue()));
    }
    return builder.build();
  }

  private static ContextValue value(String file, String key, JsonNode node) throws InputException {
    if (node.isTextual()) {
      return ContextValue.of(node.asText());
    }
    if (node.isBoolean()) {
      return ContextValue.of(node.asBoolean());
    }
    if (node.isNumber()) {
      return ContextValue.of(node.decimalValue().stripTrailingZeros().toPlainString());
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          throw new InputException(
              file
                  + ": field `context."
                  + key
                  + "`: a list holds only strings, found "
                  + element.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        values.add(element.asText());
      }
      return ContextValue.ofList(values);
    }
    throw new InputException(
        file
            + ": field `context."
            + key
            + "`: unsupported value type "
            + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
            + " (expected a string, boolean, number or list of strings)");
  }
}
