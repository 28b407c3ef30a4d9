package io.atrest.features.steps.table;

import io.atrest.engine.table.TableDescription;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.cucumber.java.en.Then;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What DescribeTable (as the account root) and the last response say of a table: its status and
 * SSEDescription.
 */
public final class TableStateSteps {

  private final Actors actors;
  private final TableRequests requests;
  private final TableCalls calls;
  private final ScenarioNames names;

  public TableStateSteps(
      Actors actors, TableRequests requests, TableCalls calls, ScenarioNames names) {
    this.actors = actors;
    this.requests = requests;
    this.calls = calls;
    this.names = names;
  }

  @Then("table {string} has status {word}")
  @StepDoc(
      description =
          "DescribeTable reports this TableStatus: ACTIVE, UPDATING, INACCESSIBLE_ENCRYPTION_CREDENTIALS, ARCHIVING, ARCHIVED.",
      example = "Then table \"Music\" has status INACCESSIBLE_ENCRYPTION_CREDENTIALS")
  public void status(String table, String status) {
    TableDescription d = describe(table);
    if (!d.tableStatus().name().equals(status)) {
      throw new AssertionError(
          "expected table "
              + table
              + " to have status "
              + status
              + "\nDescribeTable: "
              + TableText.of(d));
    }
  }

  @Then("table {string} is encrypted under {key}")
  @StepDoc(
      description =
          "DescribeTable reports SSEDescription {Status: ENABLED, SSEType: KMS, KMSMasterKeyArn: the key's full ARN}.",
      example = "Then table \"Music\" is encrypted under the AWS managed key \"aws/dynamodb\"")
  public void encryptedUnder(String table, KeyRef key) {
    SseChecks.check("table " + table, describe(table), enabled(names.keyArn(key)));
  }

  @Then("table {string} is encrypted under the AWS owned key")
  @StepDoc(
      description =
          "DescribeTable returns no SSEDescription, as DynamoDB does for a table under the AWS owned key (it names no key of the account).",
      example = "Then table \"Music\" is encrypted under the AWS owned key")
  public void ownedKey(String table) {
    SseChecks.check("table " + table, describe(table), Map.of("SSEDescription", "absent"));
  }

  @Then("the SSEDescription of table {string} is:")
  @StepDoc(
      description =
          "DescribeTable's SSEDescription has these | field | value | rows (absent, present, or a value; placeholders such as <arn of key \"k\"> filled in).",
      example = "Then the SSEDescription of table \"Music\" is: | Status | ENABLED |")
  public void sseIs(String table, Map<String, String> fields) {
    SseChecks.check("table " + table, describe(table), resolved(fields));
  }

  @Then("the response has SSEDescription:")
  @StepDoc(
      description =
          "The table description the last DynamoDB call returned has an SSEDescription with these | field | value | rows.",
      example = "Then the response has SSEDescription: | Status | UPDATING |")
  public void responseSse(Map<String, String> fields) {
    SseChecks.check("the response", response(), resolved(fields));
  }

  @Then("the response has no SSEDescription")
  @StepDoc(
      description = "The table description the last DynamoDB call returned has no SSEDescription.",
      example = "Then the response has no SSEDescription")
  public void responseWithoutSse() {
    SseChecks.check("the response", response(), Map.of("SSEDescription", "absent"));
  }

  @Then("the response has table status {word}")
  @StepDoc(
      description = "The table description the last DynamoDB call returned has this TableStatus.",
      example = "Then the response has table status UPDATING")
  public void responseStatus(String status) {
    TableDescription d = response();
    if (!d.tableStatus().name().equals(status)) {
      throw new AssertionError(
          "expected the response to show table status "
              + status
              + "\nresponse: "
              + TableText.of(d));
    }
  }

  private TableDescription describe(String table) {
    return requests.inspect(actors.caller(PrincipalRef.accountRoot(), false), table);
  }

  private TableDescription response() {
    TableCall call = calls.last();
    return call.description()
        .orElseThrow(
            () ->
                new AssertionError(
                    "expected the last DynamoDB call to return a table description\ncalled: "
                        + call.describe()));
  }

  private Map<String, String> resolved(Map<String, String> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, names.resolve(v)));
    return out;
  }

  static Map<String, String> enabled(String arn) {
    return Map.of("Status", "ENABLED", "SSEType", "KMS", "KMSMasterKeyArn", arn);
  }
}
