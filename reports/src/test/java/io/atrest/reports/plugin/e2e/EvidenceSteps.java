package io.atrest.reports.plugin.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atrest.reports.TestData;
import io.atrest.reports.evidence.Evidence;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Glue for the end-to-end run: steps attach real evidence files the way the step library will, and
 * the last step asserts on what the attached decision says, so one scenario passes and one fails.
 */
public final class EvidenceSteps {

  private Scenario scenario;
  private String lastDecision = "none";
  private String keyState = "none";

  @Before
  public void remember(Scenario scenario) {
    this.scenario = scenario;
  }

  @Given("the evidence {string} is attached")
  public void attach(String file) throws IOException {
    byte[] data = TestData.bytes("/io/atrest/reports/evidence/" + file);
    var node = new ObjectMapper().readTree(data);
    if (node.path("kind").asText().equals("decision")) {
      lastDecision = node.get("decision").asText();
    }
    if (node.path("kind").asText().equals("keyStates")) {
      keyState = node.at("/keys/0/state").asText();
    }
    scenario.attach(data, Evidence.MEDIA_TYPE, file);
  }

  @Given("evidence that is not JSON is attached")
  public void attachBroken() {
    scenario.attach(
        "decision: maybe".getBytes(StandardCharsets.UTF_8), Evidence.MEDIA_TYPE, "broken");
  }

  @Then("the key is refused")
  public void keyRefused() {
    if (!keyState.equals("Disabled")) {
      throw new AssertionError("expected the key to be Disabled, the evidence says " + keyState);
    }
  }

  @Then("the request is allowed")
  public void requestAllowed() {
    if (!lastDecision.equals("ALLOW")) {
      throw new AssertionError("expected ALLOW but the key policy decided " + lastDecision);
    }
  }
}
