package io.atrest.features.steps.table;

import io.atrest.engine.table.storage.Space;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.features.doc.StepDoc;
import io.atrest.features.world.TableWorld;
import io.cucumber.java.en.Then;
import java.util.ArrayList;
import java.util.List;

/** What reaches the table store's storage, and the table keys behind it. */
public final class TableStorageSteps {

  private final TableWorld tables;
  private final KeyUse use;
  private final ItemBook book;

  public TableStorageSteps(TableWorld tables, KeyUse use, ItemBook book) {
    this.tables = tables;
    this.use = use;
    this.book = book;
  }

  @Then("the table keys of table {string} are 256-bit AES keys")
  @StepDoc(
      description =
          "Every table key DynamoDB obtained for the table is 32 bytes, and every GenerateDataKey it made for the table asked for KeySpec AES_256.",
      example = "Then the table keys of table \"Music\" are 256-bit AES keys")
  public void aes256(String table) {
    List<byte[]> keys = tables.tableKeysOf(table);
    List<Integer> lengths = keys.stream().map(k -> k.length).toList();
    List<TrailEvent> generated = use.requests("GenerateDataKey", KeyUse.forTable(table));
    boolean specs =
        generated.stream()
            .allMatch(
                e ->
                    e.requestParameters()
                        .map(p -> p.path("keySpec").asText())
                        .orElse("")
                        .equals("AES_256"));
    if (keys.isEmpty() || lengths.stream().anyMatch(n -> n != 32) || !specs) {
      throw new AssertionError(
          "expected every table key of "
              + table
              + " to be a 256-bit AES key\ntable key lengths"
              + " in bytes: "
              + lengths
              + "\nGenerateDataKey requests: "
              + generated.stream()
                  .map(e -> e.requestParameters().map(Object::toString).orElse("{}"))
                  .toList());
    }
  }

  @Then("the storage holds no plaintext of table {string}")
  @StepDoc(
      description =
          "No record the store wrote (items, index entries, stream records, backups, table metadata) contains any string value written to the table, key values included, or any of its plaintext table keys.",
      example = "Then the storage holds no plaintext of table \"Music\"")
  public void noPlaintext(String table) {
    List<byte[]> secrets = new ArrayList<>(book.plaintexts(table));
    if (secrets.isEmpty()) {
      throw new IllegalStateException(
          "the scenario wrote no item to table " + table + ", so there is nothing to look for");
    }
    secrets.addAll(tables.tableKeysOf(table));
    List<String> leaked = use.leaked(secrets);
    if (!leaked.isEmpty()) {
      throw new AssertionError(
          "expected no plaintext of table "
              + table
              + " in storage, but these were found: "
              + leaked);
    }
  }

  @Then("storage has received {int} item write(s)")
  @StepDoc(
      description =
          "The store has written encrypted items this many times in all (every PutItem, UpdateItem and restored item; a key switch rewrites none).",
      example = "Then storage has received 2 item writes")
  public void itemWrites(int count) {
    int writes = tables.writesTo(Space.ITEMS);
    if (writes != count) {
      throw new AssertionError(
          "expected " + count + " item write(s) to storage, there were " + writes);
    }
  }
}
