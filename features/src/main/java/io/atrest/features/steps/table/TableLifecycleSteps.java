package io.atrest.features.steps.table;

import io.atrest.engine.table.AccountNotification;
import io.atrest.engine.table.TableDescription;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.atrest.features.world.TableWorld;
import io.cucumber.java.en.Then;
import java.util.List;

/** A table's existence, archival and the notifications DynamoDB sent the account about it. */
public final class TableLifecycleSteps {

  private final Actors actors;
  private final TableWorld tables;
  private final TableRequests requests;

  public TableLifecycleSteps(Actors actors, TableWorld tables, TableRequests requests) {
    this.actors = actors;
    this.tables = tables;
    this.requests = requests;
  }

  @Then("table {string} was archived because its key was inaccessible")
  @StepDoc(
      description =
          "DescribeTable shows an ArchivalSummary with ArchivalReason INACCESSIBLE_ENCRYPTION_CREDENTIALS and the ARN of the backup made at archival.",
      example = "Then table \"Music\" was archived because its key was inaccessible")
  public void archived(String table) {
    TableDescription d = describe(table);
    boolean ok =
        d.archivalSummary()
            .filter(
                a ->
                    a.archivalReason().equals("INACCESSIBLE_ENCRYPTION_CREDENTIALS")
                        && a.archivalBackupArn() != null
                        && a.archivalBackupArn().startsWith(d.tableArn() + "/backup/"))
            .isPresent();
    if (!ok) {
      throw new AssertionError(
          "expected an ArchivalSummary {ArchivalReason: INACCESSIBLE_ENCRYPTION_CREDENTIALS,"
              + " ArchivalBackupArn: a backup of the table}\nDescribeTable: "
              + TableText.of(d));
    }
  }

  @Then("the account was notified that table {string} is inaccessible")
  @StepDoc(
      description =
          "DynamoDB sent the account the notice that it cannot access the table's key, naming the table and the key.",
      example = "Then the account was notified that table \"Music\" is inaccessible")
  public void notified(String table) {
    List<AccountNotification> about = notifications(table);
    if (about.stream().noneMatch(n -> n.message().contains("currently \"inaccessible\""))) {
      throw new AssertionError(
          "expected a notification that table "
              + table
              + " is inaccessible; the account got: "
              + tables.db().notifications());
    }
  }

  @Then("the account was not notified about table {string}")
  @StepDoc(
      description = "DynamoDB sent the account no notification about the table.",
      example = "Then the account was not notified about table \"Music\"")
  public void notNotified(String table) {
    if (!notifications(table).isEmpty()) {
      throw new AssertionError(
          "expected no notification about table " + table + ", got: " + notifications(table));
    }
  }

  @Then("there is no table {string}")
  @StepDoc(
      description = "ListTables does not list the table: it was never created, or it was deleted.",
      example = "Then there is no table \"Music\"")
  public void noTable(String table) {
    List<String> listed = tables.db().listTables();
    if (listed.contains(table)) {
      throw new AssertionError("expected no table " + table + ", but ListTables shows " + listed);
    }
  }

  private List<AccountNotification> notifications(String table) {
    return tables.db().notifications().stream().filter(n -> n.tableName().equals(table)).toList();
  }

  private TableDescription describe(String table) {
    return requests.inspect(actors.caller(PrincipalRef.accountRoot(), false), table);
  }
}
