package io.atrest.reports.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns attached bytes into {@link Evidence}. It never throws: bytes that are not JSON, or JSON
 * that breaks the evidence schema, become {@link MalformedEvidence} naming what is wrong.
 */
public final class EvidenceParser {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvidenceParser() {}

  /** Parses one attachment; {@code name} is the attachment name (may be empty). */
  public static Evidence parse(String name, byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      return new MalformedEvidence(
          name, TextNode.valueOf(text), List.of("not JSON: " + e.getOriginalMessage()));
    }
    if (node == null || node.isMissingNode()) {
      return new MalformedEvidence(name, TextNode.valueOf(text), List.of("empty attachment"));
    }
    return parse(name, node);
  }

  /** Reads one evidence document that is already JSON. */
  public static Evidence parse(String name, JsonNode node) {
    List<String> problems = EvidenceSchema.problems(node);
    if (!problems.isEmpty()) {
      return new MalformedEvidence(name, node, problems);
    }
    String kind = node.get("kind").asText();
    return switch (kind) {
      case "decision" -> decision(name, node);
      case "trail" -> new TrailEvidence(name, node, list(node.get("events")));
      case "keyStates" -> keyStates(name, node);
      case "kmsUsage" -> kmsUsage(name, node);
      case "policyFindings" -> policyFindings(name, node);
      case "note" -> new NoteEvidence(name, node, node.get("text").asText());
      default -> new UnknownEvidence(name, kind, node);
    };
  }

  private static DecisionEvidence decision(String name, JsonNode node) {
    JsonNode request = node.get("request");
    List<DecisionEvidence.Reason> reasons = new ArrayList<>();
    for (JsonNode reason : node.get("reasons")) {
      reasons.add(reason(reason));
    }
    List<DecisionEvidence.PolicyStatements> policies = new ArrayList<>();
    if (node.has("policy")) {
      policies.add(policy(node.get("policy")));
    }
    for (JsonNode policy : list(node.get("policies"))) {
      policies.add(policy(policy));
    }
    return new DecisionEvidence(
        name,
        node,
        new DecisionEvidence.Request(
            text(request, "principal"), text(request, "action"), text(request, "resource")),
        text(node, "decision"),
        reasons,
        policies);
  }

  private static DecisionEvidence.Reason reason(JsonNode reason) {
    Optional<DecisionEvidence.Location> location =
        reason.has("line")
            ? Optional.of(
                new DecisionEvidence.Location(
                    text(reason, "pointer"),
                    reason.get("line").asInt(),
                    reason.path("column").asInt(1)))
            : Optional.empty();
    List<DecisionEvidence.ConditionCheck> conditions = new ArrayList<>();
    for (JsonNode c : list(reason.get("conditions"))) {
      JsonNode actual = c.get("actual");
      conditions.add(
          new DecisionEvidence.ConditionCheck(
              text(c, "operator"),
              text(c, "key"),
              strings(c.get("expected")),
              actual == null || actual.isNull() ? Optional.empty() : Optional.of(strings(actual)),
              c.get("satisfied").asBoolean()));
    }
    return new DecisionEvidence.Reason(
        text(reason, "kind"),
        text(reason, "policy"),
        text(reason, "statement"),
        location,
        text(reason, "message"),
        conditions);
  }

  private static DecisionEvidence.PolicyStatements policy(JsonNode policy) {
    return new DecisionEvidence.PolicyStatements(
        text(policy, "name"), strings(policy.get("statements")));
  }

  private static KeyStatesEvidence keyStates(String name, JsonNode node) {
    List<KeyStatesEvidence.KeyState> keys = new ArrayList<>();
    for (JsonNode key : node.get("keys")) {
      keys.add(
          new KeyStatesEvidence.KeyState(
              text(key, "keyId"),
              text(key, "arn"),
              text(key, "state"),
              text(key, "keyManager"),
              text(key, "alias")));
    }
    return new KeyStatesEvidence(name, node, keys);
  }

  private static KmsUsageEvidence kmsUsage(String name, JsonNode node) {
    List<KmsUsageEvidence.Requests> requests = new ArrayList<>();
    for (JsonNode r : node.get("requests")) {
      requests.add(
          new KmsUsageEvidence.Requests(
              text(r, "key"), text(r, "operation"), r.get("count").asLong()));
    }
    return new KmsUsageEvidence(
        name, node, requests, new BigDecimal(node.get("monthlyCostUsd").asText()));
  }

  private static PolicyFindingsEvidence policyFindings(String name, JsonNode node) {
    List<PolicyFindingsEvidence.Finding> findings = new ArrayList<>();
    for (JsonNode f : node.get("findings")) {
      findings.add(
          new PolicyFindingsEvidence.Finding(
              text(f, "severity"),
              text(f, "code"),
              text(f, "message"),
              text(f, "pointer"),
              f.get("line").asInt(),
              f.get("column").asInt()));
    }
    return new PolicyFindingsEvidence(name, node, text(node, "file"), findings);
  }

  // The schema has already checked types; absent optional members read as empty strings.
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    if (array != null) {
      array.forEach(items::add);
    }
    return items;
  }

  private static List<String> strings(JsonNode array) {
    return list(array).stream().map(JsonNode::asText).toList();
  }
}
