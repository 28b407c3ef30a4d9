package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Reading and writing items as a principal. Items are named by their key values joined by {@code /}
 * ({@code "Acme/Hello"}); each carries a plaintext payload that storage must never show.
 */
public final class TableItemSteps {

  private final Actors actors;
  private final ItemRequests items;
  private final ItemChecks checks;

  public TableItemSteps(Actors actors, ItemRequests items, ItemChecks checks) {
    this.actors = actors;
    this.items = items;
    this.checks = checks;
  }

  @Given("{principal} put item(s) {string} into table {string}")
  @StepDoc(
      description =
          "Set-up: PutItem of each listed item (comma-separated names), which must succeed.",
      example = "Given user \"app\" put items \"Acme/Hello, Acme/World\" into table \"Music\"")
  public void put(PrincipalRef principal, String names, String table) {
    for (String name : names.split(",")) {
      items.put(caller(principal), table, name.strip(), Map.of()).orFail();
    }
  }

  @Given("{principal} put item {string} into table {string} with:")
  @StepDoc(
      description =
          "Set-up: PutItem of an item with extra string attributes given as | name | value | rows, which must succeed.",
      example =
          "Given user \"app\" put item \"Acme/Hello\" into table \"Music\" with: | Genre | Rock |")
  public void putWith(
      PrincipalRef principal, String name, String table, Map<String, String> attributes) {
    items.put(caller(principal), table, name, attributes).orFail();
  }

  @When("{principal} puts item {string} into table {string}")
  @StepDoc(
      description = "PutItem of an item; the outcome is checked by a Then step.",
      example = "When user \"app\" puts item \"Acme/New\" into table \"Music\"")
  public void tryPut(PrincipalRef principal, String name, String table) {
    items.put(caller(principal), table, name, Map.of());
  }

  @When("{principal} gets item {string} from table {string}")
  @StepDoc(
      description =
          "GetItem of an item by its key; the outcome and the item returned are checked by Then steps.",
      example = "When user \"app\" gets item \"Acme/Hello\" from table \"Music\"")
  public void get(PrincipalRef principal, String name, String table) {
    items.get(caller(principal), table, name);
  }

  @When("{principal} queries table {string} for partition {string}")
  @StepDoc(
      description =
          "Query of one partition of the table (KeyConditionExpression on the partition key).",
      example = "When user \"app\" queries table \"Music\" for partition \"Acme\"")
  public void query(PrincipalRef principal, String table, String partition) {
    items.query(
        caller(principal), table, Optional.empty(), TableRequests.MUSIC_KEYS.get(0), partition);
  }

  @When("{principal} queries index {string} of table {string} for {string} = {string}")
  @StepDoc(
      description =
          "Query of a secondary index for the items whose index key attribute equals a value.",
      example =
          "When user \"app\" queries index \"GenreIndex\" of table \"Music\" for \"Genre\" = \"Rock\"")
  public void queryIndex(
      PrincipalRef principal, String index, String table, String attribute, String value) {
    items.query(caller(principal), table, Optional.of(index), attribute, value);
  }

  @When("{principal} scans table {string}")
  @StepDoc(
      description = "Scan of the whole table.",
      example = "When user \"app\" scans table \"Music\"")
  public void scan(PrincipalRef principal, String table) {
    items.scan(caller(principal), table);
  }

  @When("{principal} makes {int} {word} requests on table {string} within {duration}")
  @StepDoc(
      description =
          "Steady traffic: that many GetItem, PutItem, Query or Scan requests spread evenly over the span of the scenario's clock; stops at the first refusal.",
      example =
          "When user \"app\" makes 100000 GetItem requests on table \"Music\" within 5 minutes")
  public void traffic(
      PrincipalRef principal, int count, String operation, String table, Duration span) {
    items.traffic(caller(principal), operation, count, table, span);
  }

  @Then("the item returned is {string}, as written")
  @StepDoc(
      description =
          "The last call was a successful GetItem that returned the named item with every attribute as it was written.",
      example = "Then the item returned is \"Acme/Hello\", as written")
  public void returned(String name) {
    checks.returned(name);
  }

  @Then("the items returned are {string}")
  @StepDoc(
      description =
          "The last call was a successful Query or Scan that returned exactly these items (comma-separated names, in order), as written.",
      example = "Then the items returned are \"Acme/Hello, Acme/World\"")
  public void returnedItems(String names) {
    checks.returnedItems(names);
  }

  @Then("{principal} can read item {string} from table {string}, as written")
  @StepDoc(
      description = "GetItem by that principal succeeds and returns the item as it was written.",
      example = "Then user \"app\" can read item \"Acme/Hello\" from table \"Music\", as written")
  public void canRead(PrincipalRef principal, String name, String table) {
    items.get(caller(principal), table, name);
    checks.returned(name);
  }

  private Caller caller(PrincipalRef principal) {
    return actors.caller(principal, false);
  }
}
