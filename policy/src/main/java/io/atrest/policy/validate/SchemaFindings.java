package io.atrest.policy.validate;

import com.networknt.schema.ValidationMessage;
import io.atrest.policy.parse.LocatedJson;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Words one JSON Schema violation as a finding with the code that names the problem. */
final class SchemaFindings {

  private static final List<String> TOP_LEVEL = List.of("Version", "Id", "Statement");
  private static final List<String> STATEMENT =
      List.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");
  private static final List<String> PRINCIPAL_TYPES =
      List.of("AWS", "Service", "Federated", "CanonicalUser");

  private SchemaFindings() {}

  static void report(ValidationMessage m, String at, PolicyView policy, FindingSink sink) {
    String keyword = m.getType();
    String element = lastSegment(at);
    switch (keyword) {
      case "required" -> required(m.getProperty(), at, policy, sink);
      case "additionalProperties" -> unknown(m.getProperty(), at, sink);
      case "enum" -> invalidValue(at, element, policy, sink);
      case "pattern", "minProperties" -> malformed(keyword, at, element, policy, sink);
      case "minItems" -> emptyList(at, element, sink);
      case "type" -> wrongType(m, at, element, sink);
      default -> sink.add(FindingCode.INVALID_ELEMENT_TYPE, at, m.getMessage());
    }
  }

  private static void required(String property, String at, PolicyView policy, FindingSink sink) {
    if ("Statement".equals(property)) {
      sink.add(
          FindingCode.MISSING_STATEMENT,
          at,
          "the policy has no `Statement` element: a policy needs at least one statement");
    } else if ("Effect".equals(property)) {
      sink.add(
          FindingCode.MISSING_EFFECT,
          at,
          label(at, policy)
              + " has no `Effect`: write \"Effect\": \"Allow\" or \"Effect\": \"Deny\"");
    } else {
      sink.add(
          FindingCode.INVALID_ELEMENT_TYPE,
          at,
          "required element " + Located.quote(property) + " is missing");
    }
  }

  private static void unknown(String property, String at, FindingSink sink) {
    String child = at + "/" + LocatedJson.escape(property);
    List<String> allowed;
    String where;
    if (at.isEmpty()) {
      allowed = TOP_LEVEL;
      where = "at the top level of a policy";
    } else if (at.endsWith("/Principal") || at.endsWith("/NotPrincipal")) {
      allowed = PRINCIPAL_TYPES;
      where = "as a principal type";
    } else {
      allowed = STATEMENT;
      where = "in a statement";
    }
    String hint =
        allowed.stream()
            .filter(property::equalsIgnoreCase)
            .findFirst()
            .map(
                name ->
                    " (element names are case-sensitive: did you mean "
                        + Located.quote(name)
                        + "?)")
            .orElse("");
    sink.add(
        FindingCode.UNKNOWN_ELEMENT,
        child,
        "unknown element "
            + Located.quote(property)
            + " "
            + where
            + ": allowed are "
            + String.join(", ", allowed)
            + hint);
  }

  private static void invalidValue(String at, String element, PolicyView policy, FindingSink sink) {
    String value = text(at, policy);
    if ("Effect".equals(element)) {
      sink.add(
          FindingCode.INVALID_EFFECT,
          at,
          "Effect " + Located.quote(value) + " is neither `Allow` nor `Deny` (case-sensitive)");
    } else if (at.equals("/Version")) {
      sink.add(
          FindingCode.INVALID_VERSION,
          at,
          "Version "
              + Located.quote(value)
              + " is not a policy language version: use `2012-10-17`");
    } else {
      sink.add(
          FindingCode.INVALID_ELEMENT_TYPE,
          at,
          element + " " + Located.quote(value) + " is not allowed");
    }
  }

  private static void malformed(
      String keyword, String at, String element, PolicyView policy, FindingSink sink) {
    if (keyword.equals("pattern")) {
      sink.add(
          FindingCode.MALFORMED_PRINCIPAL,
          at,
          element
              + " `"
              + text(at, policy)
              + "` is neither `*` nor an object such as"
              + " {\"AWS\": \"arn:aws:iam::111122223333:root\"}");
    } else if (element.equals("Principal") || element.equals("NotPrincipal")) {
      sink.add(
          FindingCode.MALFORMED_PRINCIPAL,
          at,
          element + " is an empty object: it names no principal");
    } else {
      sink.add(
          FindingCode.INVALID_ELEMENT_TYPE,
          at,
          "condition operator " + Located.quote(element) + " has no condition keys");
    }
  }

  private static void emptyList(String at, String element, FindingSink sink) {
    if (at.equals("/Statement")) {
      sink.add(
          FindingCode.MISSING_STATEMENT,
          at,
          "Statement is an empty list: a policy needs at least one statement");
    } else if (element.equals("Action") || element.equals("NotAction")) {
      sink.add(FindingCode.MISSING_ACTION, at, element + " is an empty list: it names no action");
    } else {
      sink.add(FindingCode.INVALID_ELEMENT_TYPE, at, Located.quote(element) + " is an empty list");
    }
  }

  private static void wrongType(ValidationMessage m, String at, String element, FindingSink sink) {
    Object[] args = m.getArguments();
    String found = args != null && args.length > 0 ? String.valueOf(args[0]) : "value";
    String expected = args != null && args.length > 1 ? String.valueOf(args[1]) : "another type";
    if (at.isEmpty()) {
      sink.add(
          FindingCode.NOT_AN_OBJECT,
          at,
          "the document is "
              + article(found)
              + ", but a policy is a JSON object with a `Statement` element");
      return;
    }
    sink.add(
        FindingCode.INVALID_ELEMENT_TYPE,
        at,
        Located.quote(element)
            + " is "
            + article(found)
            + " where the policy grammar expects "
            + describeTypes(expected));
  }

  /** Turns the validator's {@code [string, array]} into {@code a string or a list}. */
  private static String describeTypes(String types) {
    return Arrays.stream(types.replace("[", "").replace("]", "").split(",\\s*"))
        .map(t -> t.equals("array") ? "a list" : article(t))
        .collect(Collectors.joining(" or "));
  }

  private static String article(String jsonType) {
    return switch (jsonType) {
      case "array" -> "a list";
      case "object", "integer" -> "an " + jsonType;
      default -> "a " + jsonType;
    };
  }

  private static String label(String statementPointer, PolicyView policy) {
    Optional<StatementNode> statement =
        policy.statements().stream().filter(s -> s.pointer().equals(statementPointer)).findFirst();
    return statement.map(StatementNode::label).orElse("the statement at " + statementPointer);
  }

  private static String text(String at, PolicyView policy) {
    var node = policy.json().root().at(at);
    return node.isMissingNode() ? "" : node.asText();
  }

  private static String lastSegment(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }
}
