package io.atrest.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.GrantAdmin;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.LastCall;
import io.atrest.features.world.Operations;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;
import java.util.Optional;

/**
 * Grants: creating them with constraints, retiring, revoking, using a grant token at once, and
 * listing the grants a principal may retire.
 */
public final class GrantSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final GrantAdmin grants;
  private final Operations operations;
  private final LastCall last;

  public GrantSteps(
      KmsWorld world, Actors actors, GrantAdmin grants, Operations operations, LastCall last) {
    this.world = world;
    this.actors = actors;
    this.grants = grants;
    this.operations = operations;
    this.last = last;
  }

  @When("{principal} creates grant {string} on {key} for {principal} allowing {string}")
  @StepDoc(
      description =
          "A principal calls CreateGrant giving the grantee the listed operations (comma-separated GrantOperation names), unconstrained.",
      example =
          "When the account root creates grant \"g1\" on key \"app-key\" for user \"app\" allowing \"Decrypt, Encrypt\"")
  public void create(
      PrincipalRef issuer, String name, KeyRef key, PrincipalRef grantee, String ops) {
    grants.create(
        actors.caller(issuer, false),
        name,
        world.arn(key),
        actors.resolve(grantee).arn(),
        GrantAdmin.operations(ops),
        Optional.empty(),
        Optional.empty());
  }

  @When(
      "{principal} creates grant {string} on {key} for {principal} allowing {string} with constraint {word}:")
  @StepDoc(
      description =
          "A principal calls CreateGrant with an EncryptionContextEquals or EncryptionContextSubset constraint given as | key | value | rows.",
      example =
          "When the account root creates grant \"g1\" on key \"app-key\" for user \"app\" allowing \"Decrypt\" with constraint EncryptionContextSubset: | tenant | blue |")
  public void createConstrained(
      PrincipalRef issuer,
      String name,
      KeyRef key,
      PrincipalRef grantee,
      String ops,
      String kind,
      EncryptionContext pairs) {
    grants.create(
        actors.caller(issuer, false),
        name,
        world.arn(key),
        actors.resolve(grantee).arn(),
        GrantAdmin.operations(ops),
        Optional.of(GrantAdmin.constraint(kind, pairs)),
        Optional.empty());
  }

  @When(
      "{principal} creates grant {string} on {key} for {principal} allowing {string} retirable by {principal}")
  @StepDoc(
      description = "A principal calls CreateGrant naming a retiring principal.",
      example =
          "When the account root creates grant \"g1\" on key \"app-key\" for user \"app\" allowing \"Decrypt\" retirable by user \"ops\"")
  public void createRetirable(
      PrincipalRef issuer,
      String name,
      KeyRef key,
      PrincipalRef grantee,
      String ops,
      PrincipalRef retiring) {
    grants.create(
        actors.caller(issuer, false),
        name,
        world.arn(key),
        actors.resolve(grantee).arn(),
        GrantAdmin.operations(ops),
        Optional.empty(),
        Optional.of(actors.resolve(retiring).arn()));
  }

  @When(
      "{principal} creates through DynamoDB grant {string} on {key} for {principal} allowing {string} retirable by {principal} with constraint {word}:")
  @StepDoc(
      description =
          "DynamoDB calls CreateGrant on the principal's behalf, as it does for a table: grantee, operations, retiring principal and constraint.",
      example =
          "When session \"user01\" of role \"Admin\" creates through DynamoDB grant \"books\" on key \"table-key\" for service \"dynamodb.us-west-2.amazonaws.com\" allowing \"Decrypt\" retirable by service \"dynamodb.us-west-2.amazonaws.com\" with constraint EncryptionContextSubset: | aws:dynamodb:tableName | Books |")
  public void createThroughDynamoDb(
      PrincipalRef issuer,
      String name,
      KeyRef key,
      PrincipalRef grantee,
      String ops,
      PrincipalRef retiring,
      String kind,
      EncryptionContext pairs) {
    grants.create(
        actors.caller(issuer, true),
        name,
        world.arn(key),
        actors.resolve(grantee).arn(),
        GrantAdmin.operations(ops),
        Optional.of(GrantAdmin.constraint(kind, pairs)),
        Optional.of(actors.resolve(retiring).arn()));
  }

  @When("{principal} retires grant {string}")
  @StepDoc(
      description = "A principal calls RetireGrant identifying the grant by its grant token.",
      example = "When user \"ops\" retires grant \"g1\"")
  public void retire(PrincipalRef principal, String name) {
    grants.retireByToken(actors.caller(principal, false), name);
  }

  @When("{principal} retires grant {string} by its id")
  @StepDoc(
      description = "A principal calls RetireGrant identifying the grant by key ARN and grant id.",
      example = "When user \"app\" retires grant \"g1\" by its id")
  public void retireById(PrincipalRef principal, String name) {
    grants.retireById(actors.caller(principal, false), name);
  }

  @When("{principal} revokes grant {string}")
  @StepDoc(
      description =
          "A principal calls RevokeGrant (a key-policy or IAM permission, usually of key administrators).",
      example = "When role \"db-team\" revokes grant \"g1\"")
  public void revoke(PrincipalRef principal, String name) {
    grants.revoke(actors.caller(principal, false), name);
  }

  @When(
      "{principal} calls {operation} on {key} with the token of grant {string} and encryption context:")
  @StepDoc(
      description =
          "A principal calls a KMS operation passing the grant's token, so the new grant is usable at once, with an encryption context.",
      example =
          "When user \"app\" calls Encrypt on key \"app-key\" with the token of grant \"g1\" and encryption context: | tenant | blue |")
  public void callWithToken(
      PrincipalRef principal,
      String operation,
      KeyRef key,
      String grant,
      EncryptionContext context) {
    operations.call(
        operation,
        actors.caller(principal, false),
        world.arn(key),
        context,
        List.of(world.grant(grant).token()));
  }

  @When("{principal} calls {operation} on {key} with the grant token {string}")
  @StepDoc(
      description =
          "A principal calls a KMS operation passing a literal grant token (for checking that KMS rejects invalid tokens).",
      example =
          "When user \"app\" calls Encrypt on key \"app-key\" with the grant token \"not-a-token\"")
  public void callWithLiteralToken(
      PrincipalRef principal, String operation, KeyRef key, String token) {
    operations.call(
        operation,
        actors.caller(principal, false),
        world.arn(key),
        EncryptionContext.empty(),
        List.of(token));
  }

  @When("{principal} lists the grants retirable by {principal}")
  @StepDoc(
      description =
          "A principal calls ListRetirableGrants (every page) for a retiring principal's ARN; only the caller's IAM policies can allow it.",
      example = "When user \"ops\" lists the grants retirable by user \"ops\"")
  public void listRetirable(PrincipalRef caller, PrincipalRef retiring) {
    grants.listRetirable(actors.caller(caller, false), actors.resolve(retiring).arn());
  }

  @When("{principal} lists the grants retirable by the value {string}")
  @StepDoc(
      description =
          "A principal calls ListRetirableGrants with a literal RetiringPrincipal (for checking how KMS refuses one that is not a principal ARN).",
      example = "When the account root lists the grants retirable by the value \"ops user\"")
  public void listRetirableLiteral(PrincipalRef caller, String retiring) {
    grants.listRetirable(actors.caller(caller, false), retiring);
  }

  @Then("the retirable grants listed are {string}")
  @StepDoc(
      description =
          "The last ListRetirableGrants succeeded and returned exactly these grants of the scenario (comma-separated names, oldest first; empty for none).",
      example = "Then the retirable grants listed are \"g1, g3\"")
  public void retirableListed(String names) {
    assertThat(grants.listedNames(last.get()))
        .as("grants listed by %s", last.get().describe())
        .isEqualTo(names.isBlank() ? List.of() : List.of(names.split("\\s*,\\s*")));
  }
}
