package io.atrest.policy.validate;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.policy.parse.LocatedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A policy read as JSON, prepared for the checks: the located tree, the resolved kind, the original
 * text (for size), and the statements whether Statement is one object or an array.
 */
record PolicyView(LocatedJson json, PolicyKind kind, String text, List<StatementNode> statements) {

  PolicyView {
    statements = List.copyOf(statements);
  }

  static PolicyView of(LocatedJson json, PolicyKind requested, String text) {
    List<StatementNode> statements = statementsOf(json.root());
    PolicyKind kind = requested == PolicyKind.AUTO ? detect(statements) : requested;
    return new PolicyView(json, kind, text, statements);
  }

  /** Version when it is a string; absent when missing or of the wrong type. */
  Optional<String> version() {
    JsonNode version = json.root().get("Version");
    return version != null && version.isTextual()
        ? Optional.of(version.asText())
        : Optional.empty();
  }

  /** Whether policy variables are replaced: only under Version 2012-10-17 [IAM-VARS]. */
  boolean variablesEnabled() {
    return version().filter("2012-10-17"::equals).isPresent();
  }

  boolean isKeyPolicy() {
    return kind == PolicyKind.KEY_POLICY;
  }

  private static PolicyKind detect(List<StatementNode> statements) {
    boolean resourcePolicy =
        statements.stream().anyMatch(s -> s.has("Principal") || s.has("NotPrincipal"));
    return resourcePolicy ? PolicyKind.KEY_POLICY : PolicyKind.IDENTITY_POLICY;
  }

  private static List<StatementNode> statementsOf(JsonNode root) {
    List<StatementNode> out = new ArrayList<>();
    JsonNode statement = root.isObject() ? root.get("Statement") : null;
    if (statement == null) {
      return out;
    }
    if (statement.isObject()) {
      out.add(new StatementNode(0, "/Statement", statement));
    } else if (statement.isArray()) {
      for (int i = 0; i < statement.size(); i++) {
        if (statement.get(i).isObject()) {
          out.add(new StatementNode(i, "/Statement/" + i, statement.get(i)));
        }
      }
    }
    return out;
  }
}
