package io.atrest.features.suite;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.features.world.TrailChecks;
import io.cucumber.java.After;

/**
 * A guard for the bundled suite only (test glue, not part of the step library): after every
 * scenario, every CloudTrail record the engine wrote validates against the schemas in fixtures, so
 * no scenario can pass while the engine records a malformed event.
 */
public final class TrailSchemaGuard {

  private final TrailChecks trail;

  public TrailSchemaGuard(TrailChecks trail) {
    this.trail = trail;
  }

  @After(order = 20000)
  public void everyRecordedEventIsValid() {
    assertThat(trail.schemaViolations())
        .as("CloudTrail records of this scenario that break the schemas")
        .isEmpty();
  }
}
