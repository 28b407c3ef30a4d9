package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.Inspector;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Key rotation: enabling it with a period, and checking the rotations, the key materials and the
 * status the key reports.
 */
public final class RotationSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;
  private final Inspector inspector;

  public RotationSteps(KmsWorld world, Actors actors, KeyAdmin admin, Inspector inspector) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
    this.inspector = inspector;
  }

  @When("{principal} enables automatic rotation of {key} every {int} days")
  @StepDoc(
      description =
          "A principal calls EnableKeyRotation with RotationPeriodInDays (AWS accepts 90 to 2560).",
      example =
          "When the account root enables automatic rotation of key \"app-key\" every 365 days")
  public void enable(PrincipalRef principal, KeyRef key, int days) {
    admin.enableRotation(actors.caller(principal, false), world.arn(key), days);
  }

  @When("{int} minute(s) remain(s) before the automatic rotation of {key}")
  @StepDoc(
      description =
          "Moves the scenario's clock to that many minutes before the NextRotationDate GetKeyRotationStatus reports (as the account root); the KMS then carries out what fell due.",
      example = "When 10 minutes remain before the automatic rotation of key \"app-key\"")
  public void minutesBeforeRotation(int minutes, KeyRef key) {
    Instant next =
        inspector
            .rotationStatus(world.arn(key))
            .nextRotationDate()
            .orElseThrow(
                () ->
                    new AssertionError(
                        key + " has no NextRotationDate: enable automatic rotation first"));
    Instant target = next.minus(Duration.ofMinutes(minutes));
    if (target.isBefore(world.clock().instant())) {
      throw new IllegalStateException(
          "the automatic rotation of "
              + key
              + " is due at "
              + next
              + ", less than "
              + minutes
              + " minutes after now ("
              + world.clock().instant()
              + ")");
    }
    world.clock().set(target);
    world.kms().processDueEvents();
  }

  @Then("{key} has rotated {int} time(s)")
  @StepDoc(
      description = "ListKeyRotations (as the account root) shows this many completed rotations.",
      example = "Then key \"app-key\" has rotated 1 time")
  public void rotated(KeyRef key, int times) {
    assertThat(inspector.rotations(world.arn(key)))
        .as("completed rotations of %s (ListKeyRotations)", key)
        .hasSize(times);
  }

  @Then("the rotation status of {key} is enabled every {int} days")
  @StepDoc(
      description =
          "GetKeyRotationStatus (as the account root) reports rotation enabled with this period, the next rotation that many days after it was enabled or last rotated.",
      example = "Then the rotation status of key \"app-key\" is enabled every 365 days")
  public void enabledEvery(KeyRef key, int days) {
    GetKeyRotationStatusResult status = inspector.rotationStatus(world.arn(key));
    assertThat(status.keyRotationEnabled()).as("KeyRotationEnabled of %s", key).isTrue();
    assertThat(status.rotationPeriodInDays())
        .as("RotationPeriodInDays of %s", key)
        .isEqualTo(Optional.of(days));
    assertThat(status.nextRotationDate()).as("NextRotationDate of %s", key).isPresent();
  }

  @Then("the rotation status of {key} is disabled")
  @StepDoc(
      description =
          "GetKeyRotationStatus (as the account root) reports automatic rotation disabled.",
      example = "Then the rotation status of key \"app-key\" is disabled")
  public void disabled(KeyRef key) {
    assertThat(inspector.rotationStatus(world.arn(key)).keyRotationEnabled())
        .as("KeyRotationEnabled of %s", key)
        .isFalse();
  }

  @When("{principal} lists the key materials of {key} with IncludeKeyMaterial {string}")
  @StepDoc(
      description =
          "A principal calls ListKeyRotations with this IncludeKeyMaterial value (AWS accepts ALL_KEY_MATERIAL and ROTATIONS_ONLY, on keys that can rotate).",
      example =
          "When the account root lists the key materials of key \"app-key\" with IncludeKeyMaterial \"ALL_KEY_MATERIAL\"")
  public void listKeyMaterials(PrincipalRef principal, KeyRef key, String include) {
    admin.listKeyMaterials(actors.caller(principal, false), world.arn(key), include);
  }

  @Then("the key materials of {key} are:")
  @StepDoc(
      description =
          "ListKeyRotations with IncludeKeyMaterial ALL_KEY_MATERIAL (as the account root) lists exactly these materials, oldest first; columns among rotation (AUTOMATIC, ON_DEMAND, first), state (CURRENT, NON_CURRENT), import state and expiration model (- when absent).",
      example =
          "Then the key materials of key \"app-key\" are: | rotation | state | | first | NON_CURRENT | | ON_DEMAND | CURRENT |")
  public void keyMaterials(KeyRef key, DataTable expected) {
    List<Map<String, String>> rows = expected.asMaps();
    assertThat(inspector.keyMaterialRows(world.arn(key), expected.row(0)))
        .as("key materials of %s (ListKeyRotations, ALL_KEY_MATERIAL)", key)
        .isEqualTo(rows);
  }
}
