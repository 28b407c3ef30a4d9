package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.error.KmsException;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.crypto.SymmetricKey;
import io.atrest.engine.table.error.BackupNotFoundException;
import io.atrest.engine.table.error.TableAlreadyExistsException;
import io.atrest.engine.table.error.TableNotFoundException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.ItemCodec;
import io.atrest.engine.table.schema.TableNames;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * On-demand backups: CreateBackup, DescribeBackup, ListBackups, DeleteBackup and
 * RestoreTableFromBackup, plus the backup DynamoDB makes when it archives a table.
 */
public final class Backups {
  private final ReferenceDynamoDb db;
  private final RecordStore store;
  private final ItemData data;
  private final Tables tables;
  private final TableKeys keys;
  private final Clock clock;
  private final ControlPlaneRecorder recorder;
  private final Catalog<BackupRecord> catalog;

  Backups(
      ReferenceDynamoDb db,
      RecordStore store,
      ItemData data,
      Tables tables,
      TableKeys keys,
      Clock clock,
      ControlPlaneRecorder recorder) {
    this.db = db;
    this.store = store;
    this.data = data;
    this.tables = tables;
    this.keys = keys;
    this.clock = clock;
    this.recorder = recorder;
    this.catalog = new Catalog<>(store, Space.BACKUPS, BackupRecord.class, "meta/");
  }

  public BackupDescription createBackup(Caller caller, String tableName, String backupName) {
    synchronized (db) {
      ObjectNode request = TrailPayloads.tableName(tableName).put("backupName", backupName);
      return recorder.call(
          caller,
          "CreateBackup",
          tableName,
          Optional.empty(),
          request,
          () -> {
            db.authorization().table(caller, "CreateBackup", tableName);
            return create(tableName, backupName);
          },
          TrailPayloads::backupDetailsResponse);
    }
  }

  private BackupDescription create(String tableName, String backupName) {
    TableRecord rec =
        tables
            .find(tableName)
            .orElseThrow(() -> new TableNotFoundException("Table not found: " + tableName));
    db.observed(rec);
    return describe(snapshot(rec, backupName, "USER"));
  }

  public BackupDescription describeBackup(Caller caller, String backupArn) {
    synchronized (db) {
      return recorder.call(
          caller,
          "DescribeBackup",
          sourceTableOf(backupArn),
          Optional.empty(),
          backupArnParameter(backupArn),
          () -> {
            db.authorization().backup(caller, "DescribeBackup", backupArn);
            return describe(find(backupArn));
          },
          d -> null);
    }
  }

  public List<BackupDescription> listBackups(Caller caller, Optional<String> tableName) {
    synchronized (db) {
      ObjectNode request = JsonNodeFactory.instance.objectNode();
      tableName.ifPresent(t -> request.put("tableName", t));
      return recorder.call(
          caller,
          "ListBackups",
          tableName.orElse(null),
          Optional.empty(),
          request,
          () ->
              authorizedList(caller).stream()
                  .filter(b -> tableName.map(b.sourceTableName()::equals).orElse(true))
                  .map(this::describe)
                  .toList(),
          l -> null);
    }
  }

  public BackupDescription deleteBackup(Caller caller, String backupArn) {
    synchronized (db) {
      return recorder.call(
          caller,
          "DeleteBackup",
          sourceTableOf(backupArn),
          Optional.empty(),
          backupArnParameter(backupArn),
          () -> {
            db.authorization().backup(caller, "DeleteBackup", backupArn);
            return delete(backupArn);
          },
          TrailPayloads::backupDescriptionResponse);
    }
  }

  /** Every backup, for a caller allowed ListBackups (resource {@code *}). */
  private List<BackupRecord> authorizedList(Caller caller) {
    db.authorization().account(caller, "ListBackups");
    return catalog.all();
  }

  private BackupDescription delete(String backupArn) {
    BackupRecord b = find(backupArn);
    for (Map.Entry<byte[], byte[]> e : store.scan(Space.BACKUPS, itemPrefix(b))) {
      store.delete(Space.BACKUPS, e.getKey());
    }
    catalog.delete(b.backupArn());
    store.commit();
    return describe(b);
  }

  /**
   * RestoreTableFromBackup: opens the backup's table key (which must still be usable, as the
   * caller), then re-encrypts every item into a new table under the override's key kind, or the
   * backup's own kind.
   */
  public TableDescription restoreTableFromBackup(
      Caller caller,
      String targetTableName,
      String backupArn,
      Optional<SseSpecification> override) {
    synchronized (db) {
      ObjectNode request =
          JsonNodeFactory.instance
              .objectNode()
              .put("targetTableName", targetTableName)
              .put("backupArn", backupArn);
      override.ifPresent(
          o -> request.set("sSESpecificationOverride", TrailPayloads.sseSpecification(o)));
      return recorder.call(
          caller,
          "RestoreTableFromBackup",
          targetTableName,
          override,
          request,
          () -> restore(caller, targetTableName, backupArn, override),
          TrailPayloads::tableResponse);
    }
  }

  private TableDescription restore(
      Caller caller,
      String targetTableName,
      String backupArn,
      Optional<SseSpecification> override) {
    db.authorization().backup(caller, "RestoreTableFromBackup", backupArn);
    for (String action : Authorization.RESTORE_TARGET_ACTIONS) {
      db.authorization().table(caller, action, targetTableName);
    }
    TableNames.requireValid(targetTableName);
    BackupRecord b = find(backupArn);
    if (tables.find(targetTableName).isPresent()) {
      throw new TableAlreadyExistsException("Table already exists: " + targetTableName);
    }
    SseChoice choice = override.map(SseSpecification::choice).orElse(choiceOf(b));
    KeyRing source = openBackupKeys(b, caller);
    TableSchema schema = b.schema().toSchema();
    TableRecord rec = db.newRecord(targetTableName, schema, caller);
    rec.billingMode = b.billingMode();
    rec.throughput = b.throughput();
    KeyRing ring = KeyRing.generate(targetTableName);
    keys.provision(rec, choice, caller, ring);
    byte[] prefix = itemPrefix(b);
    int idLength = b.sourceTableId().length();
    for (Map.Entry<byte[], byte[]> e : store.scan(Space.BACKUPS, prefix)) {
      byte[] original = Arrays.copyOfRange(e.getKey(), prefix.length, e.getKey().length);
      int partition = source.partitionOf(new byte[] {original[idLength]});
      Map<String, AttributeValue> item =
          ItemCodec.decode(source.open("item", partition, original, e.getValue()));
      data.put(rec, schema, ring, schema.keyOfItem(item), item, Optional.empty());
    }
    rec.status = TableStatus.CREATING;
    rec.pendingTransition = true;
    tables.save(rec);
    return tables.describe(rec);
  }

  private static ObjectNode backupArnParameter(String backupArn) {
    return JsonNodeFactory.instance.objectNode().put("backupArn", backupArn);
  }

  /** The source table named in a backup ARN ({@code ...:table/NAME/backup/ID}), if it is one. */
  private static String sourceTableOf(String backupArn) {
    int table = backupArn.indexOf(":table/");
    int backup = backupArn.indexOf("/backup/");
    return table < 0 || backup < table ? null : backupArn.substring(table + 7, backup);
  }

  /** Archives a table whose key stayed inaccessible too long: backup, then ARCHIVING. */
  void archive(TableRecord rec) {
    BackupRecord b = snapshot(rec, rec.tableName + "-archival", "SYSTEM");
    rec.status = TableStatus.ARCHIVING;
    rec.pendingTransition = true;
    rec.archivalTime = clock.instant();
    rec.archivalBackupArn = b.backupArn();
    keys.forget(rec);
  }

  private KeyRing openBackupKeys(BackupRecord b, Caller caller) {
    try {
      SymmetricKey tableKey =
          keys.openTableKey(
              b.sseKind(), b.kmsKeyArn(), b.encryptedTableKey(), b.sourceTableName(), caller);
      return KeyRing.unwrap(b.sourceTableName(), tableKey, b.wrappedKeys());
    } catch (KmsException e) {
      throw KmsErrors.onKeyUse(e);
    }
  }

  private static SseChoice choiceOf(BackupRecord b) {
    switch (b.sseKind()) {
      case AWS_OWNED:
        return SseChoice.AWS_OWNED;
      case AWS_MANAGED:
        return SseChoice.AWS_MANAGED;
      default:
        return SseChoice.customerManaged(b.kmsKeyArn());
    }
  }

  private BackupRecord snapshot(TableRecord rec, String backupName, String type) {
    long now = clock.millis();
    String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    String arn = rec.tableArn + "/backup/" + String.format("%017d", now) + "-" + suffix;
    long count = 0;
    long size = 0;
    BackupRecord probe =
        new BackupRecord(
            arn,
            backupName,
            type,
            clock.instant(),
            rec.tableName,
            rec.tableArn,
            rec.tableId,
            rec.schema,
            rec.billingMode,
            rec.throughput,
            rec.sseKind,
            rec.kmsKeyArn,
            rec.encryptedTableKey,
            rec.wrappedKeys,
            0,
            0);
    byte[] prefix = itemPrefix(probe);
    for (Map.Entry<byte[], byte[]> e : data.rawItems(rec)) {
      store.put(Space.BACKUPS, ItemData.concat(prefix, e.getKey()), e.getValue());
      count++;
      size += e.getValue().length;
    }
    BackupRecord b =
        new BackupRecord(
            arn,
            backupName,
            type,
            probe.created(),
            rec.tableName,
            rec.tableArn,
            rec.tableId,
            rec.schema,
            rec.billingMode,
            rec.throughput,
            rec.sseKind,
            rec.kmsKeyArn,
            rec.encryptedTableKey,
            rec.wrappedKeys,
            count,
            size);
    catalog.put(arn, b);
    store.commit();
    return b;
  }

  private BackupRecord find(String backupArn) {
    return catalog
        .get(backupArn)
        .orElseThrow(() -> new BackupNotFoundException("Backup not found: " + backupArn));
  }

  private static byte[] itemPrefix(BackupRecord b) {
    return ("item/" + b.backupArn() + "/").getBytes(StandardCharsets.UTF_8);
  }

  private BackupDescription describe(BackupRecord b) {
    Optional<SseDescription> sse =
        b.sseKind() == SseChoice.Kind.AWS_OWNED
            ? Optional.empty()
            : Optional.of(SseDescription.enabled(b.kmsKeyArn()));
    return new BackupDescription(
        b.backupArn(),
        b.backupName(),
        "AVAILABLE",
        b.backupType(),
        b.created(),
        b.sizeBytes(),
        b.sourceTableName(),
        b.sourceTableArn(),
        b.sourceTableId(),
        b.itemCount(),
        b.schema().toSchema().keySchema().elements(),
        sse);
  }
}
