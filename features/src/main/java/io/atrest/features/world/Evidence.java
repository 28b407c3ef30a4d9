package io.atrest.features.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.ConditionCheck;
import io.atrest.policy.Decision;
import io.atrest.policy.Reason;
import io.atrest.policy.model.Statement;
import io.atrest.policy.parse.PolicyParseException;
import io.atrest.policy.parse.PolicyParser;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence a scenario collects for the compliance report, in the shapes of {@code
 * reports/EVIDENCE.md} (media type {@value #MEDIA_TYPE}): decisions with the policy's statement
 * list, policy findings and notes as steps produce them; the trail slice, key states and KMS usage
 * are added by the hook at the end of the scenario. The hook attaches and clears them.
 */
public final class Evidence {

  /** The media type the report plugin reads evidence from. */
  public static final String MEDIA_TYPE = "application/vnd.atrest.evidence+json";

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One piece of evidence: its attachment name and JSON. */
  public record Item(String name, ObjectNode json) {}

  private final List<Item> items = new ArrayList<>();

  /** A decision on a request, with the statements of the policy it was made under. */
  public void decision(
      String principal,
      String action,
      String resource,
      Decision decision,
      Optional<String> keyPolicy) {
    ObjectNode node = kind("decision");
    node.putObject("request")
        .put("principal", principal)
        .put("action", action)
        .put("resource", resource);
    node.put("decision", decision.outcome().name());
    ArrayNode reasons = node.putArray("reasons");
    decision.reasons().forEach(r -> reasons.add(reason(r)));
    keyPolicy
        .flatMap(Evidence::statements)
        .ifPresent(
            s -> {
              ObjectNode policy = node.putObject("policy").put("name", "key-policy");
              ArrayNode list = policy.putArray("statements");
              s.forEach(list::add);
            });
    add(action + " by " + principal, node);
  }

  /** The findings of validating one policy file. */
  public void policyFindings(ValidationResult result) {
    ObjectNode node = kind("policyFindings").put("file", result.fileName());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : result.findings()) {
      findings
          .addObject()
          .put("severity", f.severity().name())
          .put("code", f.code().name())
          .put("message", f.message())
          .put("pointer", f.pointer())
          .put("line", f.line())
          .put("column", f.column());
    }
    add("findings of " + result.fileName(), node);
  }

  /** A sentence the report shows as is. */
  public void note(String text) {
    add("note", kind("note").put("text", text));
  }

  /** Adds a piece of evidence built elsewhere (the hook's trail, key states and usage). */
  public void add(String name, ObjectNode json) {
    items.add(new Item(name, json));
  }

  /** The evidence collected since the last call, which is then forgotten. */
  public List<Item> drain() {
    List<Item> out = List.copyOf(items);
    items.clear();
    return out;
  }

  static ObjectNode kind(String kind) {
    return NODES.objectNode().put("kind", kind);
  }

  private static ObjectNode reason(Reason r) {
    ObjectNode node =
        NODES
            .objectNode()
            .put("kind", r.kind().name())
            .put("policy", r.source())
            .put("statement", r.statement());
    r.location()
        .ifPresent(
            l -> node.put("pointer", l.pointer()).put("line", l.line()).put("column", l.column()));
    node.put("message", r.message());
    ArrayNode conditions = node.putArray("conditions");
    for (ConditionCheck c : r.conditions()) {
      ObjectNode check = conditions.addObject().put("operator", c.operator()).put("key", c.key());
      check.set("expected", strings(c.expected()));
      check.set("actual", c.actual().<JsonNode>map(Evidence::strings).orElse(NODES.nullNode()));
      check.put("satisfied", c.satisfied());
    }
    return node;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = NODES.arrayNode();
    values.forEach(array::add);
    return array;
  }

  private static Optional<List<String>> statements(String json) {
    try {
      return Optional.of(
          PolicyParser.parse("key-policy", json).statements().stream()
              .map(Statement::label)
              .toList());
    } catch (PolicyParseException e) {
      return Optional.empty();
    }
  }
}
