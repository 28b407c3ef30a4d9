package io.atrest.features.hooks;

import io.atrest.features.world.Evidence;
import io.atrest.features.world.ScenarioEvidence;
import io.cucumber.java.After;
import io.cucumber.java.AfterStep;
import io.cucumber.java.Scenario;
import java.nio.charset.StandardCharsets;

/**
 * Attaches the scenario's evidence (media type {@value Evidence#MEDIA_TYPE}) for the compliance
 * report: after each step, the decisions and findings that step produced; after the scenario, the
 * slice of the trail it recorded, the states of its keys and its KMS usage and cost.
 */
public final class EvidenceHooks {

  private final Evidence evidence;
  private final ScenarioEvidence summary;

  public EvidenceHooks(Evidence evidence, ScenarioEvidence summary) {
    this.evidence = evidence;
    this.summary = summary;
  }

  @AfterStep
  public void attachStepEvidence(Scenario scenario) {
    attach(scenario);
  }

  @After
  public void attachScenarioEvidence(Scenario scenario) {
    summary.collect();
    attach(scenario);
  }

  private void attach(Scenario scenario) {
    for (Evidence.Item item : evidence.drain()) {
      scenario.attach(
          item.json().toString().getBytes(StandardCharsets.UTF_8),
          Evidence.MEDIA_TYPE,
          item.name());
    }
  }
}
