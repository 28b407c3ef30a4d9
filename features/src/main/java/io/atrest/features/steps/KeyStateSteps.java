package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.KeyMetadata;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.Inspector;
import io.atrest.features.world.KmsWorld;
import io.cucumber.java.en.Then;

/** What the account root sees of a key: its state, manager and grants. */
public final class KeyStateSteps {

  private final KmsWorld world;
  private final Inspector inspector;
  private final Actors actors;

  public KeyStateSteps(KmsWorld world, Inspector inspector, Actors actors) {
    this.world = world;
    this.inspector = inspector;
    this.actors = actors;
  }

  @Then("{key} is in state {word}")
  @StepDoc(
      description =
          "DescribeKey (as the account root) reports this KeyState: Enabled, Disabled, PendingDeletion, PendingImport.",
      example = "Then key \"app-key\" is in state PendingDeletion")
  public void inState(KeyRef key, String state) {
    KeyMetadata metadata = inspector.require(world.arn(key));
    assertThat(metadata.keyState().awsName()).as("KeyState of %s", key).isEqualTo(state);
  }

  @Then("{key} is managed by {word}")
  @StepDoc(
      description = "DescribeKey (as the account root) reports this KeyManager: AWS or CUSTOMER.",
      example = "Then the AWS managed key \"aws/dynamodb\" is managed by AWS")
  public void managedBy(KeyRef key, String manager) {
    assertThat(inspector.require(world.arn(key)).keyManager().name())
        .as("KeyManager of %s", key)
        .isEqualTo(manager);
  }

  @Then("{key} no longer exists")
  @StepDoc(
      description =
          "DescribeKey (as the account root) no longer finds the key: it was deleted at the end of its waiting period.",
      example = "Then key \"app-key\" no longer exists")
  public void gone(KeyRef key) {
    assertThat(inspector.describeError(world.arn(key)))
        .as("the error of DescribeKey of %s", key)
        .contains("NotFoundException");
  }

  @Then("{principal} lists {int} grant(s) on {key}")
  @StepDoc(
      description =
          "ListGrants, called by that principal (who must be allowed to), lists this many grants on the key.",
      example = "Then role \"db-team\" lists 0 grants on key \"app-key\"")
  public void grants(PrincipalRef principal, int count, KeyRef key) {
    assertThat(inspector.grants(actors.caller(principal, false), world.arn(key)))
        .as("grants of %s (ListGrants)", key)
        .hasSize(count);
  }
}
