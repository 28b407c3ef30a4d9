package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.kms.api.GetKeyPolicyResult;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.Json;
import io.atrest.features.world.KeyAdmin;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.LastCall;
import io.atrest.fixtures.Fixtures;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;

/** Key policies: replacing them and reading them back. */
public final class KeyPolicySteps {

  private final KmsWorld world;
  private final Actors actors;
  private final KeyAdmin admin;
  private final LastCall last;

  public KeyPolicySteps(KmsWorld world, Actors actors, KeyAdmin admin, LastCall last) {
    this.world = world;
    this.actors = actors;
    this.admin = admin;
    this.last = last;
  }

  @When("{principal} puts the key policy of {key}:")
  @StepDoc(
      description =
          "A principal calls PutKeyPolicy with the policy in the doc string; the outcome is checked by a Then step.",
      example = "When the account root puts the key policy of key \"app-key\": \"\"\"{...}\"\"\"")
  public void put(PrincipalRef principal, KeyRef key, String json) {
    admin.putPolicy(actors.caller(principal, false), world.arn(key), json);
  }

  @When("{principal} puts the key policy of {key} from fixture {string}")
  @StepDoc(
      description = "A principal calls PutKeyPolicy with a fixture file's policy.",
      example =
          "When the account root puts the key policy of key \"app-key\" from fixture \"policies/customer-managed-dynamodb.json\"")
  public void putFixture(PrincipalRef principal, KeyRef key, String fixture) {
    admin.putPolicy(actors.caller(principal, false), world.arn(key), Fixtures.text(fixture));
  }

  @Then("the key policy returned is the policy of fixture {string}")
  @StepDoc(
      description =
          "The last call was a successful GetKeyPolicy whose policy equals the fixture's JSON (same members and values, any layout).",
      example =
          "Then the key policy returned is the policy of fixture \"policies/aws-managed-dynamodb.json\"")
  public void returnedPolicy(String fixture) {
    String returned = last.get().value(GetKeyPolicyResult.class).policy();
    assertThat(Json.read(returned))
        .as("the key policy GetKeyPolicy returned")
        .isEqualTo(Json.read(Fixtures.text(fixture)));
  }
}
