package io.atrest.features.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.kms.KeyMetadata;
import io.atrest.engine.trail.CostEstimate;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.RequestCounts;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailQuery;
import io.atrest.engine.trail.TrailResource;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The evidence of a whole scenario, collected when it ends: the trail it recorded, the states of
 * the keys it created, and the home account's KMS usage and cost for one month.
 */
public final class ScenarioEvidence {

  private final KmsWorld world;
  private final Evidence evidence;
  private final Inspector inspector;

  public ScenarioEvidence(KmsWorld world, Evidence evidence, Inspector inspector) {
    this.world = world;
    this.evidence = evidence;
    this.inspector = inspector;
  }

  /** Adds the trail, key-state and KMS-usage evidence to the scenario's evidence. */
  public void collect() {
    List<TrailEvent> events = world.trail().events();
    ObjectNode trail = Evidence.kind("trail");
    ArrayNode list = trail.putArray("events");
    events.forEach(e -> list.add(e.toJson()));
    evidence.add("trail", trail);
    evidence.add("KMS usage", usage(events));
    evidence.add("key states", keyStates());
  }

  private ObjectNode keyStates() {
    ObjectNode node = Evidence.kind("keyStates");
    ArrayNode keys = node.putArray("keys");
    world
        .keys()
        .forEach(
            (name, arn) -> {
              Optional<KeyMetadata> metadata = inspector.describe(arn);
              keys.addObject()
                  .put("keyId", arn.substring(arn.lastIndexOf('/') + 1))
                  .put("arn", arn)
                  .put(
                      "state",
                      metadata
                          .map(m -> m.keyState().awsName())
                          .orElse("unknown (DescribeKey refused or key deleted)"))
                  // Every key a scenario names was made by CreateKey, so it is customer managed.
                  .put("keyManager", metadata.map(m -> m.keyManager().name()).orElse("CUSTOMER"))
                  .put("name", name);
            });
    return node;
  }

  private ObjectNode usage(List<TrailEvent> events) {
    RequestCounts counts =
        world
            .trail()
            .counts(TrailQuery.all().inAccount(KmsWorld.HOME_ACCOUNT), world.kms().keyKinds(), 1);
    ObjectNode node = Evidence.kind("kmsUsage");
    ArrayNode requests = node.putArray("requests");
    perKeyAndOperation(events)
        .forEach(
            (keyOp, count) -> {
              String[] parts = keyOp.split(" ", 2);
              requests
                  .addObject()
                  .put("key", parts[0])
                  .put("operation", parts[1])
                  .put("count", count);
            });
    CostEstimate cost = counts.cost();
    node.put("monthlyCostUsd", cost.total().toPlainString());
    ArrayNode breakdown = node.putArray("breakdown");
    breakdown
        .addObject()
        .put("item", "requests")
        .put("count", cost.billableRequests())
        .put("usd", cost.requestCharge().toPlainString());
    breakdown
        .addObject()
        .put("item", "customer managed keys")
        .put("count", cost.customerManagedKeys())
        .put("usd", cost.keyCharge().toPlainString());
    return node;
  }

  /** KMS API requests of the home account's trail per "key-ARN operation", a shared event once. */
  private static Map<String, Long> perKeyAndOperation(List<TrailEvent> events) {
    Map<String, Long> counts = new TreeMap<>();
    Set<String> shared = new HashSet<>();
    for (TrailEvent e : events) {
      boolean request =
          e.eventSource().equals(TrailEvent.KMS) && e.eventType() == EventType.AWS_API_CALL;
      boolean duplicate = e.sharedEventID().isPresent() && !shared.add(e.sharedEventID().get());
      if (request && !duplicate) {
        for (String key : e.resourceArns(TrailResource.KMS_KEY)) {
          counts.merge(key + " " + e.eventName(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }
}
