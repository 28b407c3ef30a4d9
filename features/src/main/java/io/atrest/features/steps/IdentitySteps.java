package io.atrest.features.steps;

import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.fixtures.Fixtures;
import io.cucumber.java.en.Given;

/** Accounts, IAM users, roles and sessions, and the identity policies attached to them. */
public final class IdentitySteps {

  private static final String DYNAMODB_FULL_ACCESS = "policies/identity-dynamodb-full-access.json";

  private final Actors actors;

  public IdentitySteps(Actors actors) {
    this.actors = actors;
  }

  @Given("the account {string}")
  @StepDoc(
      description =
          "Registers another AWS account in the scenario's region (the home account 111122223333 always exists).",
      example = "Given the account \"444455556666\"")
  public void account(String id) {
    actors.register(id);
  }

  @Given("{principal} exists")
  @StepDoc(
      description =
          "Creates an IAM user or role (and the role of a session) so that key policies may name it.",
      example = "Given user \"db-lead\" exists")
  public void exists(PrincipalRef principal) {
    actors.resolve(principal);
  }

  @Given("{principal} has the identity policy {string}:")
  @StepDoc(
      description =
          "Attaches an IAM identity policy, given as JSON in a doc string, to a user or role (for a session: to its role).",
      example = "Given role \"app\" has the identity policy \"use-key\": \"\"\"{...}\"\"\"")
  public void identityPolicy(PrincipalRef principal, String name, String json) {
    actors.attach(principal, name, json);
  }

  @Given("{principal} has the identity policy {string} from fixture {string}")
  @StepDoc(
      description =
          "Attaches an IAM identity policy read from a fixture file (a path under io/atrest/fixtures/).",
      example =
          "Given user \"alice\" has the identity policy \"admin\" from fixture \"policies/identity-admin.json\"")
  public void identityPolicyFromFixture(PrincipalRef principal, String name, String fixture) {
    actors.attach(principal, name, Fixtures.text(fixture));
  }

  @Given("{principal} has DynamoDB full access")
  @StepDoc(
      description =
          "Attaches an identity policy allowing every DynamoDB action on every resource (fixture policies/identity-dynamodb-full-access.json), as AWS's AmazonDynamoDBFullAccess does for DynamoDB; it allows no KMS action.",
      example = "Given user \"app\" has DynamoDB full access")
  public void dynamoDbFullAccess(PrincipalRef principal) {
    actors.attach(principal, "dynamodb-full-access", Fixtures.text(DYNAMODB_FULL_ACCESS));
  }
}
