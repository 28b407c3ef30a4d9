package io.atrest.serve.engine;

import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.store.InMemoryKmsStore;
import io.atrest.engine.store.KmsStore;
import io.atrest.engine.store.MapDbKmsStore;
import io.atrest.engine.table.CloudTrailAudit;
import io.atrest.engine.table.ControlPlaneAudit;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.sse.ReferenceKmsTableKeys;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.Ids;
import io.atrest.serve.auth.Identities;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One instance of the reference services behind the server: the IAM registry built from the
 * identities, the audit trail, the KMS of the region, and one table store per account (DynamoDB
 * tables belong to an account). In memory, or file-backed under a data directory, with the KMS in
 * {@code kms.db} (its root key in {@code kms.root-key}) and each account's tables in {@code
 * dynamodb-ACCOUNT.db}.
 */
public final class Engine implements AutoCloseable {

  private final String region;
  private final Optional<Path> dataDir;
  private final OffsetClock clock;
  private final IamRegistry iam;
  private final AuditTrail trail = new AuditTrail();
  private final KmsStore kmsStore;
  private final ReferenceKms kms;
  private final ReferenceKmsTableKeys tableKeys;
  private final Map<String, ReferenceDynamoDb> tables = new ConcurrentHashMap<>();
  private final Supplier<String> dynamoDbRequestIds;

  /**
   * @param dynamoDbRequestIds the {@code requestID} of each DynamoDB record: the id of the request
   *     being answered, which its response carries too
   */
  public Engine(
      String region,
      Identities identities,
      Optional<Path> dataDir,
      OffsetClock clock,
      Supplier<String> dynamoDbRequestIds) {
    SecureRandom random = new SecureRandom();
    this.region = region;
    this.dataDir = dataDir;
    this.clock = clock;
    this.dynamoDbRequestIds = dynamoDbRequestIds;
    this.iam = new IamRegistry(random);
    identities.register(iam, region);
    this.kmsStore =
        dataDir
            .<KmsStore>map(
                d -> MapDbKmsStore.open(d.resolve("kms.db"), d.resolve("kms.root-key"), random))
            .orElseGet(InMemoryKmsStore::new);
    this.kms =
        ReferenceKms.builder()
            .clock(clock)
            .random(random)
            .trail(trail)
            .iam(iam)
            .region(region)
            .store(kmsStore)
            .build();
    this.tableKeys = new ReferenceKmsTableKeys(kms);
  }

  public String region() {
    return region;
  }

  public OffsetClock clock() {
    return clock;
  }

  public IamRegistry iam() {
    return iam;
  }

  public AuditTrail trail() {
    return trail;
  }

  public ReferenceKms kms() {
    return kms;
  }

  /** The table store of {@code account}, opened on first use. */
  public ReferenceDynamoDb dynamoDb(String account) {
    return tables.computeIfAbsent(account, this::openTables);
  }

  private ReferenceDynamoDb openTables(String account) {
    RecordStore store =
        dataDir
            .<RecordStore>map(d -> MapDbRecordStore.file(d.resolve("dynamodb-" + account + ".db")))
            .orElseGet(MapDbRecordStore::inMemory);
    ControlPlaneAudit audit =
        new CloudTrailAudit(
            trail,
            iam,
            Ids.withRequestIds(new SecureRandom(), dynamoDbRequestIds),
            account,
            region,
            clock);
    return new ReferenceDynamoDb(account, region, clock, tableKeys, store, audit);
  }

  @Override
  public void close() {
    tables.values().forEach(ReferenceDynamoDb::close);
    tables.clear();
    kmsStore.close();
  }
}
