package io.atrest.features.steps;

import io.atrest.features.doc.StepDoc;
import io.atrest.features.world.KmsWorld;
import io.cucumber.java.en.When;
import java.time.Duration;

/** The scenario's virtual clock: time passes instantly, and the KMS acts on what fell due. */
public final class TimeSteps {

  private final KmsWorld world;

  public TimeSteps(KmsWorld world) {
    this.world = world;
  }

  @When("{duration} pass(es)")
  @StepDoc(
      description =
          "Moves the scenario's clock forward; the KMS then carries out what fell due (rotations, deletions) at the instants they were due.",
      example = "When 7 days pass")
  public void timePasses(Duration duration) {
    world.clock().advance(duration);
    world.kms().processDueEvents();
  }
}
