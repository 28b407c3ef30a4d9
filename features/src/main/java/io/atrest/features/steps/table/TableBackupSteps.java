package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.ArchivalSummary;
import io.atrest.engine.table.BackupDescription;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.KeyRef;
import io.atrest.features.types.PrincipalRef;
import io.atrest.features.world.Actors;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.Optional;

/** On-demand backups, the backup DynamoDB makes when it archives a table, and restores. */
public final class TableBackupSteps {

  private final Actors actors;
  private final TableRequests requests;
  private final ScenarioNames names;

  public TableBackupSteps(Actors actors, TableRequests requests, ScenarioNames names) {
    this.actors = actors;
    this.requests = requests;
    this.names = names;
  }

  @Given("{principal} backed up table {string} as {string}")
  @StepDoc(
      description = "Set-up: CreateBackup of the table under a name, which must succeed.",
      example = "Given user \"app\" backed up table \"Music\" as \"before-switch\"")
  public void backedUp(PrincipalRef principal, String table, String backup) {
    requests.backup(caller(principal), table, backup).orFail();
  }

  @When("{principal} backs up table {string} as {string}")
  @StepDoc(
      description =
          "CreateBackup of the table under a name; the outcome is checked by a Then step.",
      example = "When user \"app\" backs up table \"Music\" as \"nightly\"")
  public void backUp(PrincipalRef principal, String table, String backup) {
    requests.backup(caller(principal), table, backup);
  }

  @When("{principal} restores backup {string} as table {string}")
  @StepDoc(
      description =
          "RestoreTableFromBackup into a new table, which keeps the backup's kind of key.",
      example = "When user \"app\" restores backup \"nightly\" as table \"MusicRestored\"")
  public void restore(PrincipalRef principal, String backup, String target) {
    requests.restore(caller(principal), names.backupArn(backup), target, Optional.empty());
  }

  @When("{principal} restores backup {string} as table {string} with {sse}")
  @StepDoc(
      description =
          "RestoreTableFromBackup with an SSESpecificationOverride choosing the restored table's key.",
      example =
          "When user \"app\" restores backup \"nightly\" as table \"MusicRestored\" with the AWS managed key")
  public void restoreWith(PrincipalRef principal, String backup, String target, SseRef sse) {
    requests.restore(caller(principal), names.backupArn(backup), target, names.spec(sse));
  }

  @When("{principal} restores the archival backup of table {string} as table {string}")
  @StepDoc(
      description =
          "RestoreTableFromBackup of the backup named in the archived table's ArchivalSummary.",
      example =
          "When user \"app\" restores the archival backup of table \"Music\" as table \"MusicBack\"")
  public void restoreArchival(PrincipalRef principal, String table, String target) {
    Caller root = actors.caller(PrincipalRef.accountRoot(), false);
    String arn =
        requests
            .inspect(root, table)
            .archivalSummary()
            .map(ArchivalSummary::archivalBackupArn)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "table " + table + " has no ArchivalSummary: it was not archived"));
    requests.restore(caller(principal), arn, target, Optional.empty());
  }

  @Then("backup {string} is encrypted under {key}")
  @StepDoc(
      description =
          "DescribeBackup shows the backup's SSEDescription naming the key's full ARN (the key the table used when the backup was made).",
      example = "Then backup \"nightly\" is encrypted under key \"music-key\"")
  public void backupUnder(String backup, KeyRef key) {
    String arn = names.keyArn(key);
    BackupDescription d = describe(backup);
    if (!d.sseDescription().flatMap(SseDescription::kmsMasterKeyArn).equals(Optional.of(arn))) {
      throw new AssertionError(
          "expected backup "
              + backup
              + " to be encrypted under "
              + arn
              + ", its SSEDescription is "
              + TableText.sse(d.sseDescription()));
    }
  }

  @Then("backup {string} is encrypted under the AWS owned key")
  @StepDoc(
      description =
          "DescribeBackup shows no SSEDescription: the backup is under the AWS owned key.",
      example = "Then backup \"nightly\" is encrypted under the AWS owned key")
  public void backupOwned(String backup) {
    BackupDescription d = describe(backup);
    if (d.sseDescription().isPresent()) {
      throw new AssertionError(
          "expected backup "
              + backup
              + " to be under the AWS owned key, its SSEDescription is "
              + TableText.sse(d.sseDescription()));
    }
  }

  private BackupDescription describe(String backup) {
    return requests.describeBackup(
        actors.caller(PrincipalRef.accountRoot(), false), names.backupArn(backup));
  }

  private Caller caller(PrincipalRef principal) {
    return actors.caller(principal, false);
  }
}
