package io.atrest.features.steps.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.table.BackupDescription;
import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.CreateTableRequest;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.TableDescription;
import io.atrest.engine.table.UpdateTableRequest;
import io.atrest.engine.table.schema.KeySchemaElement;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.Projection;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.schema.SecondaryIndex;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.features.world.TableWorld;
import java.util.List;
import java.util.Optional;

/**
 * The control-plane and backup calls of the table steps: CreateTable (the seed's Music schema
 * unless a command says otherwise), UpdateTable, DescribeTable, DeleteTable, CreateBackup and
 * RestoreTableFromBackup, each recorded as the scenario's last DynamoDB call.
 */
public final class TableRequests {

  /**
   * The partition and sort key of every table a step creates without a command: seed 001's Music
   * table.
   */
  static final List<String> MUSIC_KEYS = List.of("Artist", "SongTitle");

  private final TableWorld tables;
  private final TableCalls calls;
  private final ItemBook book;
  private final ScenarioNames names;

  public TableRequests(TableWorld tables, TableCalls calls, ItemBook book, ScenarioNames names) {
    this.tables = tables;
    this.calls = calls;
    this.book = book;
    this.names = names;
  }

  /** CreateTable with the Music key schema, provisioned 10/5, and the given SSE specification. */
  public TableCall create(
      Caller caller,
      String table,
      Optional<SseSpecification> sse,
      Optional<String> indexedAttribute) {
    CreateTableRequest.Builder request =
        CreateTableRequest.builder(caller, table)
            .attribute(MUSIC_KEYS.get(0), ScalarType.S)
            .attribute(MUSIC_KEYS.get(1), ScalarType.S)
            .key(MUSIC_KEYS.get(0), KeyType.HASH)
            .key(MUSIC_KEYS.get(1), KeyType.RANGE)
            .provisionedThroughput(10, 5);
    sse.ifPresent(request::sse);
    indexedAttribute.ifPresent(
        a ->
            request
                .attribute(a, ScalarType.S)
                .index(
                    new SecondaryIndex(
                        a + "Index",
                        SecondaryIndex.Kind.GLOBAL,
                        io.atrest.engine.table.schema.KeySchema.hash(a),
                        Projection.all()))
                .stream("NEW_AND_OLD_IMAGES"));
    return create(request.build());
  }

  /** CreateTable as built, noting the table's key attributes when it succeeds. */
  public TableCall create(CreateTableRequest request) {
    TableCall call =
        calls.attempt(
            "CreateTable", request.caller(), request.tableName(), () -> db().createTable(request));
    if (call.succeeded()) {
      book.table(
          request.tableName(),
          request.keySchema().stream().map(KeySchemaElement::attributeName).toList());
    }
    return call;
  }

  public TableCall update(
      Caller caller, String table, Optional<SseSpecification> sse, Optional<BillingMode> billing) {
    return calls.attempt(
        "UpdateTable",
        caller,
        table,
        () -> db().updateTable(new UpdateTableRequest(caller, table, sse, billing)));
  }

  public TableCall describe(Caller caller, String table) {
    return calls.attempt("DescribeTable", caller, table, () -> db().describeTable(caller, table));
  }

  /**
   * DescribeTable for a check or a set-up step, which does not replace the scenario's last call.
   *
   * @throws AssertionError saying why DynamoDB would not describe the table
   */
  public TableDescription inspect(Caller caller, String table) {
    try {
      return db().describeTable(caller, table);
    } catch (io.atrest.engine.table.error.DynamoDbException e) {
      throw new AssertionError(
          "DescribeTable of " + table + " failed with " + e.errorCode() + ": " + e.getMessage(), e);
    }
  }

  public TableCall delete(Caller caller, String table) {
    return calls.attempt("DeleteTable", caller, table, () -> db().deleteTable(caller, table));
  }

  /** CreateBackup; on success the scenario knows the backup by its name. */
  public TableCall backup(Caller caller, String table, String backupName) {
    TableCall call =
        calls.attempt(
            "CreateBackup",
            caller,
            table,
            () -> db().backups().createBackup(caller, table, backupName));
    call.value()
        .filter(BackupDescription.class::isInstance)
        .map(BackupDescription.class::cast)
        .ifPresent(
            b -> {
              names.rememberBackup(backupName, b.backupArn());
              book.backedUp(b.backupArn(), table);
            });
    return call;
  }

  /** RestoreTableFromBackup, with an {@code SSESpecificationOverride} when one is given. */
  public TableCall restore(
      Caller caller, String backupArn, String target, Optional<SseSpecification> override) {
    TableCall call =
        calls.attempt(
            "RestoreTableFromBackup",
            caller,
            target,
            () -> db().backups().restoreTableFromBackup(caller, target, backupArn, override));
    if (call.succeeded()) {
      book.restored(backupArn, describeBackup(caller, backupArn).tableName(), target);
    }
    return call;
  }

  /** The description of a backup, as DescribeBackup gives it. */
  public BackupDescription describeBackup(Caller caller, String backupArn) {
    return db().backups().describeBackup(caller, backupArn);
  }

  public List<BackupDescription> backupsOf(Caller caller, String table) {
    return db().backups().listBackups(caller, Optional.of(table));
  }

  private ReferenceDynamoDb db() {
    return tables.db();
  }
}
