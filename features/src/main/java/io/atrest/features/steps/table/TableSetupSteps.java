package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.BillingMode;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.TableWorld;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import java.util.Optional;

/**
 * Creating, updating, describing and deleting tables, with the three kinds of key, or by CLI
 * command.
 */
public final class TableSetupSteps {

  private final Actors actors;
  private final TableWorld tables;
  private final TableRequests requests;
  private final CliRunner cli;
  private final ScenarioNames names;

  public TableSetupSteps(
      Actors actors,
      TableWorld tables,
      TableRequests requests,
      CliRunner cli,
      ScenarioNames names) {
    this.actors = actors;
    this.tables = tables;
    this.requests = requests;
    this.cli = cli;
    this.names = names;
  }

  @Given("{principal} created table {string} with {sse}")
  @StepDoc(
      description =
          "Set-up: CreateTable with the seed's Music key schema (Artist, SongTitle) and the chosen key, which must succeed; the table is then ACTIVE.",
      example = "Given user \"app\" created table \"Music\" with key \"music-key\"")
  public void created(PrincipalRef principal, String table, SseRef sse) {
    Caller caller = caller(principal);
    requests.create(caller, table, names.spec(sse), Optional.empty()).orFail();
    requests.inspect(caller, table);
  }

  @Given("{principal} created table {string} with {sse}, an index on {string} and a stream")
  @StepDoc(
      description =
          "Set-up: like a plain table, plus a global secondary index ATTRIBUTEIndex on a string attribute and a NEW_AND_OLD_IMAGES stream.",
      example =
          "Given user \"app\" created table \"Music\" with key \"music-key\", an index on \"Genre\" and a stream")
  public void createdWithIndex(PrincipalRef principal, String table, SseRef sse, String attribute) {
    Caller caller = caller(principal);
    requests.create(caller, table, names.spec(sse), Optional.of(attribute)).orFail();
    requests.inspect(caller, table);
  }

  @When("{principal} creates table {string} with {sse}")
  @StepDoc(
      description =
          "CreateTable with the Music key schema and the chosen key; the outcome and response are checked by Then steps.",
      example =
          "When user \"app\" creates table \"Music\" with key \"music-key\" by alias \"alias/music\"")
  public void create(PrincipalRef principal, String table, SseRef sse) {
    requests.create(caller(principal), table, names.spec(sse), Optional.empty());
  }

  @When("{principal} updates table {string} to {sse}")
  @StepDoc(
      description =
          "UpdateTable with only an SSE specification: switches the table to the chosen key.",
      example = "When user \"app\" updates table \"Music\" to the AWS owned key")
  public void update(PrincipalRef principal, String table, SseRef sse) {
    requests.update(caller(principal), table, names.spec(sse), Optional.empty());
  }

  @Given("{principal} switched table {string} to {sse}")
  @StepDoc(
      description =
          "Set-up: UpdateTable to the chosen key, which must succeed; the switch has then completed (the table is ACTIVE).",
      example = "Given user \"app\" switched table \"Music\" to the AWS managed key")
  public void switched(PrincipalRef principal, String table, SseRef sse) {
    Caller caller = caller(principal);
    requests.update(caller, table, names.spec(sse), Optional.empty()).orFail();
    requests.inspect(caller, table);
  }

  @When("{principal} changes the billing mode of table {string} to {word}")
  @StepDoc(
      description =
          "UpdateTable with only a BillingMode (PROVISIONED or PAY_PER_REQUEST), no SSE specification.",
      example = "When user \"app\" changes the billing mode of table \"Music\" to PAY_PER_REQUEST")
  public void billing(PrincipalRef principal, String table, String mode) {
    requests.update(
        caller(principal), table, Optional.empty(), Optional.of(BillingMode.valueOf(mode)));
  }

  @When("{principal} describes table {string}")
  @StepDoc(
      description =
          "DescribeTable; the response is checked by Then steps such as the response's SSEDescription.",
      example = "When user \"app\" describes table \"Music\"")
  public void describe(PrincipalRef principal, String table) {
    requests.describe(caller(principal), table);
  }

  @When("{principal} deletes table {string}")
  @StepDoc(
      description = "DeleteTable; DynamoDB retires its grant on the table's KMS key.",
      example = "When user \"app\" deletes table \"Music\"")
  public void delete(PrincipalRef principal, String table) {
    requests.delete(caller(principal), table);
  }

  @When("{principal} runs:")
  @StepDoc(
      description =
          "Runs an aws dynamodb command (create-table, update-table, describe-table, delete-table, create-backup, restore-table-from-backup) given verbatim in a doc string; placeholders <id of key \"k\">, <arn of key \"k\">, <arn of backup \"b\"> are filled in.",
      example =
          "When user \"app\" runs: \"\"\"aws dynamodb update-table --table-name Music --sse-specification Enabled=false\"\"\"")
  public void run(PrincipalRef principal, String command) {
    cli.run(caller(principal), command);
  }

  @Given("{principal} ran:")
  @StepDoc(
      description =
          "Set-up: runs an aws dynamodb command, which must succeed; a created or updated table is then ACTIVE.",
      example =
          "Given user \"app\" ran: \"\"\"aws dynamodb create-table --table-name Music ...\"\"\"")
  public void ran(PrincipalRef principal, String command) {
    Caller caller = caller(principal);
    TableCall call = cli.run(caller, command).orFail();
    call.description().ifPresent(d -> requests.inspect(caller, d.tableName()));
  }

  @Given("the key id {string} in commands stands for {key}")
  @StepDoc(
      description =
          "Lets a seed's command run verbatim: its literal KMSMasterKeyId is replaced by the id of a key of the scenario.",
      example =
          "Given the key id \"abcd1234-abcd-1234-a123-ab1234a1b234\" in commands stands for key \"music-key\"")
  public void standIn(String literal, KeyRef key) {
    tables.standIn(literal, names.keyArn(key));
  }

  private Caller caller(PrincipalRef principal) {
    return actors.caller(principal, false);
  }
}
