package io.atrest.engine.table;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.table.crypto.KeyRing;
import io.atrest.engine.table.error.ResourceInUseException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeySchema;
import io.atrest.engine.table.schema.PrimaryKey;
import io.atrest.engine.table.schema.TableNames;
import io.atrest.engine.table.schema.TableSchema;
import io.atrest.engine.table.sse.ReferenceKmsTableKeys;
import io.atrest.engine.table.sse.SseChoice;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.sse.TableKeyKms;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.Ids;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reference DynamoDB: encrypted tables in one account and region, one method per API operation.
 * Every request carries the {@link Caller} on whose behalf DynamoDB uses the table's KMS key, and
 * is first authorized by IAM ({@link TableAuthorizer}): a caller without the DynamoDB permission is
 * refused before DynamoDB calls KMS, whatever the key policy allows (seed 004). Operations are
 * serialized (one lock), which is ample for a reference implementation.
 *
 * <p>Data-plane operations are on {@link #items()}, backups on {@link #backups()}.
 */
public final class ReferenceDynamoDb implements AutoCloseable {
  private final String accountId;
  private final Clock clock;
  private final RecordStore store;
  private final Tables tables;
  private final TableKeys keys;
  private final Lifecycle lifecycle;
  private final ControlPlaneRecorder recorder;
  private final Replicas replicas;
  private final DataPlane items;
  private final Backups backups;
  private final Authorization authorization;

  /**
   * A store authorized by the IAM of {@code kms} ({@link TableKeyKms#iam()}), as DynamoDB is by the
   * IAM of its partition.
   *
   * @throws IllegalArgumentException when {@code kms} has no IAM: give the authorizer explicitly
   */
  public ReferenceDynamoDb(
      String accountId,
      String region,
      Clock clock,
      TableKeyKms kms,
      RecordStore store,
      ControlPlaneAudit audit) {
    this(
        accountId,
        region,
        clock,
        kms,
        store,
        audit,
        TableAuthorizer.iam(
            kms.iam()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "the KMS of a table store must have an IAM, or the store be given its TableAuthorizer")),
            accountId,
            clock));
  }

  public ReferenceDynamoDb(
      String accountId,
      String region,
      Clock clock,
      TableKeyKms kms,
      RecordStore store,
      ControlPlaneAudit audit,
      TableAuthorizer authorizer) {
    this.authorization = new Authorization(authorizer, accountId, region);
    this.accountId = accountId;
    this.clock = clock;
    this.store = store;
    this.tables = new Tables(store);
    this.keys = new TableKeys(kms, clock, accountId, region);
    this.lifecycle = new Lifecycle(clock, keys, accountId, region);
    this.recorder = new ControlPlaneRecorder(audit, clock, accountId, region);
    ItemData data = new ItemData(store);
    this.replicas = new Replicas(clock, accountId, region, keys, tables, data);
    this.backups = new Backups(this, store, data, tables, keys, clock, recorder);
    this.items = new DataPlane(this, tables, data, lifecycle, store);
  }

  /**
   * The store of {@code accountId} on the reference KMS, in the KMS's region, recording DynamoDB's
   * control-plane calls in {@code trail} beside the KMS's own records: the usual way to build one.
   */
  public static ReferenceDynamoDb onReferenceKms(
      String accountId,
      ReferenceKms kms,
      AuditTrail trail,
      IamRegistry iam,
      Clock clock,
      RecordStore store) {
    ControlPlaneAudit audit =
        new CloudTrailAudit(
            trail, iam, new Ids(new SecureRandom()), accountId, kms.region(), clock);
    return new ReferenceDynamoDb(
        accountId,
        kms.region(),
        clock,
        new ReferenceKmsTableKeys(kms),
        store,
        audit,
        TableAuthorizer.iam(iam, accountId, clock));
  }

  public DataPlane items() {
    return items;
  }

  /** The tables' streams, read decrypted (DynamoDB Streams' GetRecords, one table at a time). */
  public Streams streams() {
    return new Streams(items);
  }

  public Backups backups() {
    return backups;
  }

  /** Notifications sent to the account, such as "your table's key is inaccessible". */
  public List<AccountNotification> notifications() {
    return lifecycle.notifications();
  }

  public synchronized TableDescription createTable(CreateTableRequest request) {
    return recorder.call(
        request.caller(),
        "CreateTable",
        request.tableName(),
        request.sseSpecification(),
        TrailPayloads.createTable(request),
        () -> create(request),
        TrailPayloads::tableResponse);
  }

  private TableDescription create(CreateTableRequest request) {
    authorization.table(request.caller(), "CreateTable", request.tableName());
    TableNames.requireValid(request.tableName());
    TableSchema schema =
        new TableSchema(
            KeySchema.of(request.keySchema()), request.attributeDefinitions(), request.indexes());
    BillingMode mode = billing(request);
    SseChoice choice =
        request.sseSpecification().map(SseSpecification::choice).orElse(SseChoice.AWS_OWNED);
    if (tables.find(request.tableName()).isPresent()) {
      throw new ResourceInUseException("Table already exists: " + request.tableName());
    }
    TableRecord rec = newRecord(request.tableName(), schema, request.caller());
    rec.billingMode = mode;
    rec.throughput = request.provisionedThroughput().orElse(null);
    rec.streamViewType = request.streamViewType().orElse(null);
    keys.provision(rec, choice, request.caller(), KeyRing.generate(rec.tableName));
    rec.status = TableStatus.CREATING;
    rec.pendingTransition = true;
    tables.save(rec);
    return tables.describe(rec);
  }

  private static BillingMode billing(CreateTableRequest request) {
    BillingMode mode = request.billingMode().orElse(BillingMode.PROVISIONED);
    if (mode == BillingMode.PAY_PER_REQUEST && request.provisionedThroughput().isPresent()) {
      throw new ValidationException(
          "One or more parameter values were invalid: Neither ReadCapacityUnits nor"
              + " WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
    }
    if (mode == BillingMode.PROVISIONED && request.provisionedThroughput().isEmpty()) {
      throw new ValidationException(
          "One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits"
              + " must both be specified when BillingMode is PROVISIONED");
    }
    return mode;
  }

  TableRecord newRecord(String tableName, TableSchema schema, Caller caller) {
    TableRecord rec = new TableRecord();
    rec.tableName = tableName;
    rec.tableId = UUID.randomUUID().toString();
    rec.tableArn = recorder.tableArn(tableName);
    rec.schema = StoredSchema.of(schema);
    rec.created = clock.instant();
    rec.creatorPrincipalArn = caller.principal().arn();
    return rec;
  }

  public synchronized TableDescription describeTable(Caller caller, String tableName) {
    return recorder.call(
        caller,
        "DescribeTable",
        tableName,
        Optional.empty(),
        TrailPayloads.tableName(tableName),
        () -> {
          authorization.table(caller, "DescribeTable", tableName);
          return tables.describe(observed(tables.describe(tableName)));
        },
        d -> null);
  }

  /** UpdateTable: switches the table's key (any kind to any kind) and/or its billing mode. */
  public synchronized TableDescription updateTable(UpdateTableRequest request) {
    return recorder.call(
        request.caller(),
        "UpdateTable",
        request.tableName(),
        request.sseSpecification(),
        TrailPayloads.updateTable(request),
        () -> update(request),
        TrailPayloads::tableResponse);
  }

  private TableDescription update(UpdateTableRequest request) {
    authorization.table(request.caller(), "UpdateTable", request.tableName());
    TableRecord rec = observed(tables.describe(request.tableName()));
    requireActive(rec);
    if (request.sseSpecification().isEmpty() && request.billingMode().isEmpty()) {
      throw new ValidationException(
          "At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled,"
              + " GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
    }
    request.billingMode().ifPresent(m -> rec.billingMode = m);
    if (request.sseSpecification().isPresent()) {
      switchKey(rec, request.sseSpecification().get().choice(), request.caller());
    }
    tables.save(rec);
    return tables.describe(rec);
  }

  private static void requireActive(TableRecord rec) {
    if (rec.status != TableStatus.ACTIVE) {
      throw new ResourceInUseException(
          "Attempt to change a resource which is still in use: Table is being "
              + rec.status.name().toLowerCase(java.util.Locale.ROOT)
              + ": "
              + rec.tableName);
    }
  }

  /**
   * Re-wraps the table's data keys under a new table key of the chosen kind. Items are not
   * rewritten, and reads and writes go on meanwhile (with the new key from now on).
   */
  private void switchKey(TableRecord rec, SseChoice choice, Caller caller) {
    KeyRing ring = lifecycle.access(rec, caller);
    String oldArn = rec.kmsKeyArn;
    String oldGrant = rec.grantId;
    SseChoice.Kind oldKind = rec.sseKind;
    keys.provision(rec, choice, caller, ring);
    rec.previousKmsKeyArn = oldArn;
    rec.previousGrantId = oldGrant;
    rec.previousSseKind = oldKind;
    rec.status = TableStatus.UPDATING;
    rec.pendingTransition = true;
  }

  /** DeleteTable: removes the table and its data, and retires DynamoDB's grant on its key. */
  public synchronized TableDescription deleteTable(Caller caller, String tableName) {
    return recorder.call(
        caller,
        "DeleteTable",
        tableName,
        Optional.empty(),
        TrailPayloads.tableName(tableName),
        () -> {
          authorization.table(caller, "DeleteTable", tableName);
          return delete(tableName);
        },
        TrailPayloads::tableResponse);
  }

  private TableDescription delete(String tableName) {
    TableRecord rec = observed(tables.describe(tableName));
    if (rec.status == TableStatus.UPDATING) {
      throw new ResourceInUseException(
          "Attempt to change a resource which is still in use: Table is being updated: "
              + tableName);
    }
    rec.status = TableStatus.DELETING;
    TableDescription d = tables.describe(rec);
    keys.retireGrant(rec.kmsKeyArn, rec.grantId);
    replicas.delete(rec);
    new ItemData(store).purge(rec);
    keys.forget(rec);
    tables.remove(rec);
    return d;
  }

  /** Makes {@code region} available for replicas, with DynamoDB's view of that region's KMS. */
  public synchronized void registerReplicaRegion(String region, TableKeyKms kms) {
    replicas.register(region, kms);
  }

  /** Makes the region of {@code kms} (another reference KMS) available for replicas. */
  public void registerReplicaRegion(ReferenceKms kms) {
    registerReplicaRegion(kms.region(), new ReferenceKmsTableKeys(kms));
  }

  /**
   * UpdateTable with {@code ReplicaUpdates [{Create}]}: adds a replica in another region, whose own
   * table key comes from that region's KMS (DescribeKey and CreateGrant as the caller via DynamoDB,
   * GenerateDataKey as DynamoDB). Recorded in CloudTrail as UpdateTable.
   */
  public synchronized TableDescription createReplica(CreateReplicaRequest request) {
    ObjectNode create = TrailPayloads.NODES.objectNode().put("regionName", request.regionName());
    request.kmsMasterKeyId().ifPresent(k -> create.put("kMSMasterKeyId", k));
    ObjectNode parameters = TrailPayloads.tableName(request.tableName());
    parameters.putArray("replicaUpdates").addObject().set("create", create);
    return recorder.call(
        request.caller(),
        "UpdateTable",
        request.tableName(),
        Optional.empty(),
        parameters,
        () -> addReplica(request),
        TrailPayloads::tableResponse);
  }

  private TableDescription addReplica(CreateReplicaRequest request) {
    // Adding a replica is UpdateTable, and also needs dynamodb:CreateTableReplica on the table
    // (Service Authorization Reference, "UpdateTable" with ReplicaUpdates).
    authorization.table(request.caller(), "UpdateTable", request.tableName());
    authorization.table(request.caller(), "CreateTableReplica", request.tableName());
    TableRecord rec = observed(tables.describe(request.tableName()));
    requireActive(rec);
    rec.replicas.add(replicas.create(rec, request));
    tables.save(rec);
    return tables.describe(rec);
  }

  /**
   * The {@code Replicas} of DescribeTable, those that left the replication group included (the
   * table description lists only members).
   */
  public synchronized List<ReplicaDescription> describeReplicas(Caller caller, String tableName) {
    authorization.table(caller, "DescribeTable", tableName);
    return replicas.describe(observed(tables.describe(tableName)));
  }

  /**
   * The names of every table of the account, as the engine sees them: no caller, so no
   * authorization. A caller's ListTables is {@link #listTables(Caller)}.
   */
  public synchronized List<String> listTables() {
    return tables.all().stream().map(r -> r.tableName).sorted().toList();
  }

  /**
   * ListTables by {@code caller}, who needs {@code dynamodb:ListTables} on {@code *}; recorded in
   * the trail like every control-plane call, refused or not.
   */
  public synchronized List<String> listTables(Caller caller) {
    return recorder.call(
        caller,
        "ListTables",
        null,
        Optional.empty(),
        JsonNodeFactory.instance.objectNode(),
        () -> {
          authorization.account(caller, "ListTables");
          return listTables();
        },
        names -> null);
  }

  /** Applies what the clock has made due (transitions, archival) to a table. */
  TableRecord observed(TableRecord rec) {
    lifecycle.observe(rec, backups::archive);
    replicas.observe(rec);
    tables.save(rec);
    return rec;
  }

  /** Checks the table's replicas that are due; whether anything changed (to be saved). */
  boolean observeReplicas(TableRecord rec) {
    return !rec.replicas.isEmpty() && replicas.observe(rec);
  }

  /** How many (caller, connection) table-key entries are cached (for tests). */
  int cachedTableKeyEntries() {
    return keys.cachedEntries();
  }

  /** Applies a write of the table to its replicas; whether a replica changed (to be saved). */
  boolean replicate(
      TableRecord rec,
      TableSchema schema,
      PrimaryKey key,
      Optional<Map<String, AttributeValue>> item) {
    return !rec.replicas.isEmpty() && replicas.replicate(rec, schema, key, item);
  }

  /** The table's replica in {@code region}, opened for {@code caller}. */
  Replicas.Access replica(TableRecord rec, String region, Caller caller) {
    return replicas.access(rec, region, caller);
  }

  String accountId() {
    return accountId;
  }

  /** The entry check of every operation. */
  Authorization authorization() {
    return authorization;
  }

  @Override
  public void close() {
    store.close();
  }
}
