package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.cucumber.java.en.When;

/**
 * Requests on client connections: DynamoDB caches a caller's table key per connection, so a client
 * that opens a new connection for every request makes DynamoDB call KMS Decrypt every time (seeds
 * 002 and 004). Steps that name no connection use the caller's one long-lived connection.
 */
public final class ConnectionSteps {

  private final Actors actors;
  private final ItemRequests items;
  private int opened;

  public ConnectionSteps(Actors actors, ItemRequests items) {
    this.actors = actors;
    this.items = items;
  }

  @When(
      "{principal} reads item {string} from table {string} {int} time(s), each on a new connection")
  @StepDoc(
      description =
          "That many GetItem requests, each on a connection never used before; each must succeed.",
      example =
          "When user \"app\" reads item \"Acme/Hello\" from table \"Music\" 3 times, each on a new connection")
  public void eachOnNewConnection(PrincipalRef principal, String name, String table, int times) {
    for (int i = 0; i < times; i++) {
      items.get(onConnection(principal, "connection-" + ++opened), table, name).orFail();
    }
  }

  @When("{principal} reads item {string} from table {string} {int} time(s) on one new connection")
  @StepDoc(
      description =
          "That many GetItem requests, all on one connection opened for them and kept; each must succeed.",
      example =
          "When user \"app\" reads item \"Acme/Hello\" from table \"Music\" 3 times on one new connection")
  public void onOneConnection(PrincipalRef principal, String name, String table, int times) {
    Caller caller = onConnection(principal, "connection-" + ++opened);
    for (int i = 0; i < times; i++) {
      items.get(caller, table, name).orFail();
    }
  }

  private Caller onConnection(PrincipalRef principal, String connection) {
    return actors.caller(principal, false).onConnection(connection);
  }
}
