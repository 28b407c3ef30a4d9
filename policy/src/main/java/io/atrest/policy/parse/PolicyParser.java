package io.atrest.policy.parse;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.policy.SourceLocation;
import io.atrest.policy.model.ActionPattern;
import io.atrest.policy.model.ActionSpec;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.ConditionOperator;
import io.atrest.policy.model.ConditionValue;
import io.atrest.policy.model.Effect;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.PrincipalRef;
import io.atrest.policy.model.PrincipalRef.PrincipalType;
import io.atrest.policy.model.PrincipalSpec;
import io.atrest.policy.model.ResourcePattern;
import io.atrest.policy.model.ResourceSpec;
import io.atrest.policy.model.Statement;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a JSON policy into the {@link PolicyDocument} model, with the location of every element.
 *
 * <p>It accepts what AWS accepts: {@code Version} {@code 2012-10-17}, {@code 2008-10-17} or absent;
 * {@code Statement} as one object or an array; string-or-list values; {@code Principal} as {@code
 * "*"} or a map of {@code AWS}/{@code Service}/{@code Federated}/{@code CanonicalUser}; conditions
 * whose values are strings, booleans, numbers or lists of those. It rejects, with the location of
 * the offending element, only what cannot be modelled; things that are merely unwise or inert (an
 * empty list, a statement without {@code Resource}, an unknown condition operator, a principal that
 * names nobody) are kept for the validator to report.
 */
public final class PolicyParser {

  private static final int MAX_NUMBER_DIGITS = 1000;

  private static final Set<String> TOP_LEVEL = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_ELEMENTS =
      Set.of(
          "Sid",
          "Effect",
          "Principal",
          "NotPrincipal",
          "Action",
          "NotAction",
          "Resource",
          "NotResource",
          "Condition");

  private final String source;
  private final LocatedJson json;
  private boolean variablesEnabled;

  private PolicyParser(String source, LocatedJson json) {
    this.source = source;
    this.json = json;
  }

  /**
   * Parses {@code json} as a policy named {@code source} (the name reasons will use).
   *
   * @throws PolicyParseException with the pointer, line and column of the element that cannot be
   *     read: not JSON, not an object, an unknown element, an {@code Effect} other than {@code
   *     Allow}/{@code Deny}, both an element and its {@code Not} form, a malformed condition block
   */
  public static PolicyDocument parse(String source, String json) throws PolicyParseException {
    return new PolicyParser(source, LocatedJson.read(json)).document(json);
  }

  private PolicyDocument document(String text) throws PolicyParseException {
    JsonNode root = json.root();
    if (!root.isObject()) {
      throw error("a policy is a JSON object, got " + kind(root), "");
    }
    requireKnownMembers(root, "", TOP_LEVEL, "policy");
    Optional<String> version = optionalString(root, "Version", "");
    if (version.isPresent()
        && !version.get().equals(PolicyDocument.VERSION_2012)
        && !version.get().equals(PolicyDocument.VERSION_2008)) {
      throw error(
          "`Version` must be `2012-10-17` or `2008-10-17`, got `" + version.get() + "`",
          "/Version");
    }
    variablesEnabled = version.filter(PolicyDocument.VERSION_2012::equals).isPresent();
    Optional<String> id = optionalString(root, "Id", "");
    List<Statement> statements = statements(root);
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    return new PolicyDocument(source, version, id, statements, size);
  }

  private List<Statement> statements(JsonNode root) throws PolicyParseException {
    JsonNode node = root.get("Statement");
    if (node == null) {
      throw error("a policy needs a `Statement` element", "");
    }
    List<Statement> out = new ArrayList<>();
    if (node.isObject()) {
      out.add(statement(node, 0, "/Statement"));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(statement(node.get(i), i, "/Statement/" + i));
      }
    } else {
      throw error(
          "`Statement` must be an object or an array of objects, got " + kind(node), "/Statement");
    }
    return out;
  }

  private Statement statement(JsonNode node, int index, String at) throws PolicyParseException {
    if (!node.isObject()) {
      throw error("a statement must be an object, got " + kind(node), at);
    }
    requireKnownMembers(node, at, STATEMENT_ELEMENTS, "statement");
    Optional<String> sid = optionalString(node, "Sid", at);
    Effect effect = effect(node, at);
    requireNotBoth(node, at, "Principal");
    requireNotBoth(node, at, "Action");
    requireNotBoth(node, at, "Resource");
    return new Statement(
        sid,
        index,
        effect,
        principal(node, at, "Principal"),
        principal(node, at, "NotPrincipal"),
        action(node, at, "Action"),
        action(node, at, "NotAction"),
        resource(node, at, "Resource"),
        resource(node, at, "NotResource"),
        conditions(node, at),
        json.locate(at));
  }

  private Effect effect(JsonNode node, String at) throws PolicyParseException {
    JsonNode value = node.get("Effect");
    if (value == null) {
      throw error("a statement needs an `Effect` (`Allow` or `Deny`)", at);
    }
    if (!value.isTextual()) {
      throw error("`Effect` must be `Allow` or `Deny`, got " + kind(value), at + "/Effect");
    }
    return Effect.fromJson(value.asText())
        .orElseThrow(
            () ->
                error(
                    "`Effect` must be `Allow` or `Deny` (case-sensitive), got `"
                        + value.asText()
                        + "`",
                    at + "/Effect"));
  }

  private Optional<PrincipalSpec> principal(JsonNode node, String at, String element)
      throws PolicyParseException {
    JsonNode value = node.get(element);
    if (value == null) {
      return Optional.empty();
    }
    String pointer = at + "/" + element;
    if (value.isTextual()) {
      if (!value.asText().equals("*")) {
        throw error(
            "`"
                + element
                + "` must be `\"*\"` or an object such as {\"AWS\": \"...\"}, got `"
                + value.asText()
                + "`",
            pointer);
      }
      PrincipalRef anyone = PrincipalSpec.classify(PrincipalType.ANYONE, "*", json.locate(pointer));
      return Optional.of(new PrincipalSpec(List.of(anyone), json.locate(pointer)));
    }
    if (!value.isObject()) {
      throw error("`" + element + "` must be `\"*\"` or an object, got " + kind(value), pointer);
    }
    List<PrincipalRef> entries = new ArrayList<>();
    for (Map.Entry<String, JsonNode> member : value.properties()) {
      String memberAt = pointer + "/" + LocatedJson.escape(member.getKey());
      PrincipalType type = principalType(member.getKey(), memberAt, element);
      for (Located item : strings(member.getValue(), memberAt, element + "." + member.getKey())) {
        entries.add(PrincipalSpec.classify(type, item.text(), item.location()));
      }
    }
    return Optional.of(new PrincipalSpec(entries, json.locate(pointer)));
  }

  private PrincipalType principalType(String name, String at, String element)
      throws PolicyParseException {
    for (PrincipalType type : PrincipalType.values()) {
      if (type != PrincipalType.ANYONE && type.json().equals(name)) {
        return type;
      }
    }
    throw error(
        "`"
            + element
            + "` key must be `AWS`, `Service`, `Federated` or `CanonicalUser`, got `"
            + name
            + "`",
        at);
  }

  private Optional<ActionSpec> action(JsonNode node, String at, String element)
      throws PolicyParseException {
    JsonNode value = node.get(element);
    if (value == null) {
      return Optional.empty();
    }
    String pointer = at + "/" + element;
    List<ActionPattern> patterns = new ArrayList<>();
    for (Located item : strings(value, pointer, element)) {
      patterns.add(ActionPattern.of(item.text(), item.location()));
    }
    return Optional.of(new ActionSpec(patterns, json.locate(pointer)));
  }

  private Optional<ResourceSpec> resource(JsonNode node, String at, String element)
      throws PolicyParseException {
    JsonNode value = node.get(element);
    if (value == null) {
      return Optional.empty();
    }
    String pointer = at + "/" + element;
    List<ResourcePattern> patterns = new ArrayList<>();
    for (Located item : strings(value, pointer, element)) {
      patterns.add(ResourcePattern.of(item.text(), variablesEnabled, item.location()));
    }
    return Optional.of(new ResourceSpec(patterns, json.locate(pointer)));
  }

  private List<Condition> conditions(JsonNode node, String at) throws PolicyParseException {
    JsonNode block = node.get("Condition");
    if (block == null) {
      return List.of();
    }
    String pointer = at + "/Condition";
    if (!block.isObject()) {
      throw error("`Condition` must be an object of operators, got " + kind(block), pointer);
    }
    List<Condition> out = new ArrayList<>();
    for (Map.Entry<String, JsonNode> op : block.properties()) {
      String opAt = pointer + "/" + LocatedJson.escape(op.getKey());
      if (!op.getValue().isObject()) {
        throw error(
            "condition operator `"
                + op.getKey()
                + "` must map condition keys to values, got "
                + kind(op.getValue()),
            opAt);
      }
      ConditionOperator operator = ConditionOperator.parse(op.getKey());
      for (Map.Entry<String, JsonNode> key : op.getValue().properties()) {
        String keyAt = opAt + "/" + LocatedJson.escape(key.getKey());
        List<ConditionValue> values = new ArrayList<>();
        for (Located item : scalars(key.getValue(), keyAt, key.getKey())) {
          values.add(ConditionValue.of(item.text(), operator, variablesEnabled, item.location()));
        }
        out.add(new Condition(operator, key.getKey(), values, json.locate(keyAt)));
      }
    }
    return out;
  }

  /** A string value with its location. */
  private record Located(String text, SourceLocation location) {}

  private List<Located> strings(JsonNode value, String at, String what)
      throws PolicyParseException {
    if (value.isTextual()) {
      return List.of(new Located(value.asText(), json.locate(at)));
    }
    if (!value.isArray()) {
      throw error("`" + what + "` must be a string or a list of strings, got " + kind(value), at);
    }
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw error("`" + what + "` must list strings, got " + kind(item), at + "/" + i);
      }
      out.add(new Located(item.asText(), json.locate(at + "/" + i)));
    }
    return out;
  }

  /** Condition values: strings, booleans and numbers, alone or in a list. */
  private List<Located> scalars(JsonNode value, String at, String key) throws PolicyParseException {
    if (value.isArray()) {
      List<Located> out = new ArrayList<>();
      for (int i = 0; i < value.size(); i++) {
        out.add(scalar(value.get(i), at + "/" + i, key));
      }
      return out;
    }
    return List.of(scalar(value, at, key));
  }

  private Located scalar(JsonNode value, String at, String key) throws PolicyParseException {
    if (value.isTextual() || value.isBoolean()) {
      return new Located(value.asText(), json.locate(at));
    }
    if (value.isNumber()) {
      java.math.BigDecimal number = value.decimalValue();
      // Written out in full, 1e999999999 would need a gigabyte; no condition compares such values.
      if (Math.abs((long) number.scale()) + number.precision() > MAX_NUMBER_DIGITS) {
        throw error(
            "condition key `" + key + "` has a number beyond " + MAX_NUMBER_DIGITS + " digits", at);
      }
      return new Located(number.toPlainString(), json.locate(at));
    }
    throw error(
        "condition key `"
            + key
            + "` must have a string, boolean or number value (or a list of"
            + " them), got "
            + kind(value),
        at);
  }

  private Optional<String> optionalString(JsonNode node, String name, String at)
      throws PolicyParseException {
    JsonNode value = node.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw error("`" + name + "` must be a string, got " + kind(value), at + "/" + name);
    }
    return Optional.of(value.asText());
  }

  private void requireKnownMembers(JsonNode node, String at, Set<String> known, String what)
      throws PolicyParseException {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        throw error(
            "unknown "
                + what
                + " element `"
                + name
                + "` (elements are case-sensitive; allowed: "
                + String.join(", ", known.stream().sorted().toList())
                + ")",
            at + "/" + LocatedJson.escape(name));
      }
    }
  }

  private void requireNotBoth(JsonNode node, String at, String element)
      throws PolicyParseException {
    if (node.has(element) && node.has("Not" + element)) {
      throw error(
          "a statement cannot have both `" + element + "` and `Not" + element + "`",
          at + "/Not" + element);
    }
  }

  private PolicyParseException error(String message, String pointer) {
    return new PolicyParseException(source + ": " + message, json.locate(pointer));
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
}
