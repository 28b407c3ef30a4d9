package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.table.CreateReplicaRequest;
import io.atrest.engine.table.ReplicaDescription;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;

/** Global-table replicas in other Regions, each under its own Region's key. */
public final class GlobalTableSteps {

  private final KmsWorld world;
  private final Actors actors;
  private final TableWorld tables;
  private final TableCalls calls;
  private final ItemRequests items;

  public GlobalTableSteps(
      KmsWorld world, Actors actors, TableWorld tables, TableCalls calls, ItemRequests items) {
    this.world = world;
    this.actors = actors;
    this.tables = tables;
    this.calls = calls;
    this.items = items;
  }

  @Given("{key} in region {string} for the tables of the account")
  @StepDoc(
      description =
          "The account root creates, in another Region's KMS, a symmetric key that every principal of the account may use through DynamoDB of that Region.",
      example = "Given key \"eu-key\" in region \"eu-west-1\" for the tables of the account")
  public void regionKey(KeyRef key, String region) {
    CreateKeyRequest request =
        CreateKeyRequest.symmetric(root()).withPolicy(TableKeyKindSteps.tableKeyPolicy(region));
    String arn = tables.kmsIn(region).createKey(request).keyMetadata().arn();
    world.rememberKey(key.name(), arn, TableKeyKindSteps.tableKeyPolicy(region));
  }

  @When("{principal} adds a replica of table {string} in region {string}")
  @StepDoc(
      description =
          "UpdateTable with ReplicaUpdates Create in another Region, without a KMSMasterKeyId (the replica takes the table's kind of key).",
      example = "When user \"app\" adds a replica of table \"Music\" in region \"eu-west-1\"")
  public void addReplica(PrincipalRef principal, String table, String region) {
    replica(principal, table, region, Optional.empty());
  }

  @When("{principal} adds a replica of table {string} in region {string} under {key}")
  @StepDoc(
      description =
          "UpdateTable with ReplicaUpdates Create in another Region under a customer managed key of that Region.",
      example =
          "When user \"app\" adds a replica of table \"Music\" in region \"eu-west-1\" under key \"eu-key\"")
  public void addReplicaUnder(PrincipalRef principal, String table, String region, KeyRef key) {
    replica(principal, table, region, Optional.of(world.arn(key)));
  }

  @When("{key} in region {string} is {word} by the account root")
  @StepDoc(
      description = "The account root disables or enables a key of another Region's KMS.",
      example = "When key \"eu-key\" in region \"eu-west-1\" is disabled by the account root")
  public void change(KeyRef key, String region, String change) {
    String arn = world.arn(key);
    switch (change) {
      case "disabled" -> tables.kmsIn(region).disableKey(DisableKeyRequest.of(root(), arn));
      case "enabled" -> tables.kmsIn(region).enableKey(EnableKeyRequest.of(root(), arn));
      default ->
          throw new IllegalArgumentException(
              "state change `" + change + "` is none of disabled, enabled");
    }
  }

  @Then(
      "the replica of table {string} in region {string} has status {word} and is in the replication group")
  @StepDoc(
      description =
          "DescribeTable's Replicas show the replica with this ReplicaStatus, still a member of the replication group.",
      example =
          "Then the replica of table \"Music\" in region \"eu-west-1\" has status ACTIVE and is in the replication group")
  public void member(String table, String region, String status) {
    replicaStatus(table, region, status, true);
  }

  @Then(
      "the replica of table {string} in region {string} has status {word} and has left the replication group")
  @StepDoc(
      description =
          "DescribeTable's Replicas still describe the replica (it was not deleted), with this ReplicaStatus, but it has left the replication group and the table no longer replicates to it.",
      example =
          "Then the replica of table \"Music\" in region \"eu-west-1\" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS and has left the replication group")
  public void left(String table, String region, String status) {
    replicaStatus(table, region, status, false);
  }

  private void replicaStatus(String table, String region, String status, boolean member) {
    ReplicaDescription r = describe(table, region);
    java.util.List<String> replicating = tables.db().describeTable(root(), table).replicaRegions();
    if (!r.replicaStatus().name().equals(status)
        || r.inReplicationGroup() != member
        || replicating.contains(region) != member) {
      throw new AssertionError(
          "expected the replica of "
              + table
              + " in "
              + region
              + " to have status "
              + status
              + (member ? " and be in" : " and have left")
              + " the replication group; DescribeTable shows "
              + r
              + "\nthe table replicates to: "
              + replicating);
    }
  }

  @Then("the replica of table {string} in region {string} is encrypted under {key}")
  @StepDoc(
      description =
          "DescribeTable's Replicas show the replica's KMSMasterKeyId as the key's full ARN.",
      example =
          "Then the replica of table \"Music\" in region \"eu-west-1\" is encrypted under key \"eu-key\"")
  public void replicaKey(String table, String region, KeyRef key) {
    ReplicaDescription r = describe(table, region);
    if (!r.kmsMasterKeyId().equals(Optional.of(world.arn(key)))) {
      throw new AssertionError(
          "expected the replica of "
              + table
              + " in "
              + region
              + " under "
              + world.arn(key)
              + ", DescribeTable shows "
              + r);
    }
  }

  @When("{principal} gets item {string} from the replica of table {string} in region {string}")
  @StepDoc(
      description =
          "GetItem on the table's replica in another Region, by the principal in that Region: authorized on the replica's table ARN and decrypted with the replica's own table key; the outcome and the item returned are checked by Then steps.",
      example =
          "When user \"app\" gets item \"Acme/Hello\" from the replica of table \"Music\" in region \"eu-west-1\"")
  public void getFromReplica(PrincipalRef principal, String name, String table, String region) {
    items.getFromReplica(actors.caller(principal, false), table, region, name);
  }

  @When("{principal} scans the replica of table {string} in region {string}")
  @StepDoc(
      description =
          "Scan of the table's replica in another Region, by the principal in that Region; the items returned are checked by a Then step.",
      example = "When user \"app\" scans the replica of table \"Music\" in region \"eu-west-1\"")
  public void scanReplica(PrincipalRef principal, String table, String region) {
    items.scanReplica(actors.caller(principal, false), table, region);
  }

  private void replica(
      PrincipalRef principal, String table, String region, Optional<String> keyId) {
    tables.kmsIn(region);
    Caller caller = actors.caller(principal, false);
    calls.attempt(
        "UpdateTable",
        caller,
        table,
        () -> tables.db().createReplica(new CreateReplicaRequest(caller, table, region, keyId)));
  }

  private ReplicaDescription describe(String table, String region) {
    return tables.db().describeReplicas(root(), table).stream()
        .filter(r -> r.regionName().equals(region))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "table "
                        + table
                        + " has no replica in "
                        + region
                        + ": "
                        + tables.db().describeReplicas(root(), table)));
  }

  private Caller root() {
    return actors.caller(PrincipalRef.accountRoot(), false);
  }
}
