package io.atrest.engine.table;

import io.atrest.engine.identity.Caller;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's entry check: which IAM action each operation needs on which resource, as the Service
 * Authorization Reference for DynamoDB lists them (table ARN for item and table operations, {@code
 * table/NAME/index/INDEX} for a query or scan of an index, {@code table/NAME/backup/ID} for
 * DescribeBackup, DeleteBackup and the source of a restore, {@code table/NAME/stream/LABEL} for
 * stream reads, {@code *} for ListTables and ListBackups).
 */
final class Authorization {
  /**
   * What a restore needs on its target table besides RestoreTableFromBackup on the backup: "read
   * and write permissions on the target table" (DynamoDB guide, backuprestore_IAM.html), the
   * actions its first example policy lists; AWS answers on re:Post that DeleteItem is among them.
   */
  static final List<String> RESTORE_TARGET_ACTIONS =
      List.of("PutItem", "UpdateItem", "DeleteItem", "GetItem", "Query", "Scan", "BatchWriteItem");

  private static final DateTimeFormatter STREAM_LABEL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

  /** Table ARNs kept at most: table names come from requests, so a client could send any. */
  static final int REMEMBERED_ARNS = 1024;

  private final TableAuthorizer authorizer;
  private final String accountId;
  private final String region;
  // The action and ARN strings of the tables in use, made once: a request then hands the
  // authorizer strings whose hashes are already computed, instead of concatenating new ones.
  private final Map<String, String> actions = new ConcurrentHashMap<>();
  private final Map<String, String> tableArns = new ConcurrentHashMap<>();

  Authorization(TableAuthorizer authorizer, String accountId, String region) {
    this.authorizer = authorizer;
    this.accountId = accountId;
    this.region = region;
  }

  String tableArn(String tableName) {
    String arn = tableArns.get(tableName);
    if (arn == null) {
      if (tableArns.size() >= REMEMBERED_ARNS) {
        tableArns.clear();
      }
      arn = "arn:aws:dynamodb:" + region + ":" + accountId + ":table/" + tableName;
      tableArns.put(tableName, arn);
    }
    return arn;
  }

  /** {@code operation} (such as {@code GetItem}) on table {@code tableName}. */
  void table(Caller caller, String operation, String tableName) {
    authorizer.authorize(caller, action(operation), tableArn(tableName));
  }

  /** The IAM action of an operation; operations are the engine's own names, a fixed few. */
  private String action(String operation) {
    return actions.computeIfAbsent(operation, op -> "dynamodb:" + op);
  }

  /**
   * {@code operation} on the replica of table {@code tableName} in {@code replicaRegion}: a replica
   * is a table of that Region, with that Region's table ARN.
   */
  void replicaTable(Caller caller, String operation, String replicaRegion, String tableName) {
    authorizer.authorize(
        caller,
        action(operation),
        "arn:aws:dynamodb:" + replicaRegion + ":" + accountId + ":table/" + tableName);
  }

  /** A query or scan, of the table or of one of its indexes. */
  void tableOrIndex(Caller caller, String operation, String tableName, Optional<String> index) {
    String resource = tableArn(tableName) + index.map(i -> "/index/" + i).orElse("");
    authorizer.authorize(caller, action(operation), resource);
  }

  /** {@code operation} on the backup {@code backupArn}. */
  void backup(Caller caller, String operation, String backupArn) {
    authorizer.authorize(caller, action(operation), backupArn);
  }

  /** An operation on no one resource (ListTables, ListBackups): resource {@code *}. */
  void account(Caller caller, String operation) {
    authorizer.authorize(caller, action(operation), "*");
  }

  /**
   * GetRecords on the table's stream, labelled (as DynamoDB labels streams) with the time it was
   * enabled, which here is when the table was created.
   */
  void streamRead(Caller caller, String tableName, Instant streamEnabled) {
    String label = STREAM_LABEL.format(LocalDateTime.ofInstant(streamEnabled, ZoneOffset.UTC));
    authorizer.authorize(caller, "dynamodb:GetRecords", tableArn(tableName) + "/stream/" + label);
  }
}
