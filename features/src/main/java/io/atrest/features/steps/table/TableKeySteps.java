package io.atrest.features.steps.table;

import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailResource;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.List;

/**
 * How DynamoDB uses KMS keys for tables: the KMS requests it makes, their encryption context, and
 * its grants.
 */
public final class TableKeySteps {

  private final Actors actors;
  private final KeyUse use;
  private final ScenarioNames names;

  public TableKeySteps(Actors actors, KeyUse use, ScenarioNames names) {
    this.actors = actors;
    this.use = use;
    this.names = names;
  }

  @Then("DynamoDB called {operation} {int} time(s) for {principal}")
  @StepDoc(
      description =
          "The trail holds exactly this many KMS requests of that operation that DynamoDB made on the principal's behalf (userIdentity the principal, invokedBy dynamodb.amazonaws.com).",
      example = "Then DynamoDB called Decrypt 1 time for user \"app\"")
  public void calledFor(String operation, int times, PrincipalRef principal) {
    String arn = actors.resolve(principal).arn();
    count(
        use.requests(operation, KeyUse.onBehalfOf(arn)),
        times,
        operation + " requests DynamoDB made for " + arn);
  }

  @Then("DynamoDB called {operation} {int} time(s) for table {string}")
  @StepDoc(
      description =
          "The trail holds exactly this many KMS requests of that operation that DynamoDB made with the table's encryption context (any caller, DynamoDB itself included).",
      example = "Then DynamoDB called GenerateDataKey 1 time for table \"Music\"")
  public void calledForTable(String operation, int times, String table) {
    count(
        use.requests(operation, KeyUse.forTable(table)),
        times,
        operation + " requests DynamoDB made for table " + table);
  }

  @Then("DynamoDB's {operation} requests for table {string} name {key}")
  @StepDoc(
      description =
          "There is at least one such request, and every KMS request of that operation DynamoDB made for the table names the key's ARN in resources.",
      example =
          "Then DynamoDB's GenerateDataKey requests for table \"Music\" name key \"music-key\"")
  public void requestsName(String operation, String table, KeyRef key) {
    String arn = names.keyArn(key);
    List<TrailEvent> events = use.requests(operation, KeyUse.forTable(table));
    if (events.isEmpty()
        || events.stream()
            .anyMatch(e -> !e.resourceArns(TrailResource.KMS_KEY).equals(List.of(arn)))) {
      throw new AssertionError(
          "expected DynamoDB's "
              + operation
              + " requests for table "
              + table
              + " to name "
              + arn
              + ", they name: "
              + events.stream().map(e -> e.resourceArns(TrailResource.KMS_KEY)).toList());
    }
  }

  @Then("DynamoDB called {operation} {int} time(s) on {key}")
  @StepDoc(
      description =
          "The trail holds exactly this many KMS requests of that operation that DynamoDB made (for anyone, itself included) on the key.",
      example = "Then DynamoDB called RetireGrant 1 time on key \"music-key\"")
  public void calledOn(String operation, int times, KeyRef key) {
    String arn = names.keyArn(key);
    count(
        use.requests(operation, e -> e.resourceArns(TrailResource.KMS_KEY).contains(arn)),
        times,
        operation + " requests DynamoDB made on " + arn);
  }

  @Then(
      "every cryptographic request DynamoDB made on {key} carries exactly the encryption context of table {string}")
  @StepDoc(
      description =
          "There are such requests, and every Encrypt, Decrypt, ReEncrypt and GenerateDataKey* DynamoDB made on the key carries exactly {aws:dynamodb:tableName: TABLE, aws:dynamodb:subscriberId: ACCOUNT}.",
      example =
          "Then every cryptographic request DynamoDB made on key \"music-key\" carries exactly the encryption context of table \"Music\"")
  public void exactContext(KeyRef key, String table) {
    String arn = names.keyArn(key);
    List<TrailEvent> crypto =
        use.requests(
            null,
            e ->
                e.resourceArns(TrailResource.KMS_KEY).contains(arn)
                    && KeyUse.CRYPTOGRAPHIC.contains(e.eventName()));
    List<TrailEvent> wrong =
        crypto.stream().filter(e -> !KeyUse.hasExactContext(e, table)).toList();
    if (crypto.isEmpty() || !wrong.isEmpty()) {
      throw new AssertionError(
          "expected every cryptographic request DynamoDB made on "
              + arn
              + " to carry exactly"
              + " the context of table "
              + table
              + "; "
              + crypto.size()
              + " requests, these differ:\n"
              + wrong.stream()
                  .map(
                      e ->
                          "- "
                              + e.eventName()
                              + " "
                              + e.requestParameters().map(Object::toString).orElse("{}"))
                  .collect(java.util.stream.Collectors.joining("\n")));
    }
  }

  @Then("the trail has no KMS event for table {string}")
  @StepDoc(
      description =
          "No KMS request in the account's trail carries the table's encryption context: its key is not the account's to see (the AWS owned key).",
      example = "Then the trail has no KMS event for table \"Music\"")
  public void noEvents(String table) {
    count(
        use.requests(null, KeyUse.forTable(table)),
        0,
        "KMS requests DynamoDB made for table " + table);
  }

  @When("{principal} revokes DynamoDB's grant on {key} for table {string}")
  @StepDoc(
      description =
          "The principal lists the key's grants and revokes every grant DynamoDB holds for the table (the grant must exist and the revocation succeed).",
      example =
          "When the account root revokes DynamoDB's grant on key \"music-key\" for table \"Music\"")
  public void revoke(PrincipalRef principal, KeyRef key, String table) {
    use.revokeGrants(actors.caller(principal, false), names.keyArn(key), table);
  }

  @Then("DynamoDB holds {int} grant(s) on {key} for table {string}")
  @StepDoc(
      description =
          "ListGrants (as the account root) shows this many grants to DynamoDB on the key constrained to the table's encryption context.",
      example = "Then DynamoDB holds 1 grant on key \"music-key\" for table \"Music\"")
  public void grants(int count, KeyRef key, String table) {
    int held = use.grants(names.keyArn(key), table).size();
    if (held != count) {
      throw new AssertionError(
          "expected DynamoDB to hold "
              + count
              + " grant(s) on "
              + key
              + " for table "
              + table
              + ", it holds "
              + held);
    }
  }

  private static void count(List<TrailEvent> events, int expected, String what) {
    if (events.size() != expected) {
      throw new AssertionError(
          "expected "
              + expected
              + " "
              + what
              + ", the trail has "
              + events.size()
              + ":\n"
              + KeyUse.list(events));
    }
  }
}
