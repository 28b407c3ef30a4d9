package io.atrest.features.world;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.table.CloudTrailAudit;
import io.atrest.engine.table.ControlPlaneAudit;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.TableAuthorizer;
import io.atrest.engine.table.crypto.SymmetricKey;
import io.atrest.engine.table.sse.GeneratedKey;
import io.atrest.engine.table.sse.KmsKeyInfo;
import io.atrest.engine.table.sse.ReferenceKmsTableKeys;
import io.atrest.engine.table.sse.TableKeyKms;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import io.atrest.engine.trail.Ids;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One scenario's DynamoDB: a {@link ReferenceDynamoDb} in the home account and region of the
 * scenario's {@link KmsWorld}, on the same KMS, clock, IAM (which authorizes every DynamoDB
 * request) and trail (where its control-plane calls are recorded too), over an in-memory store,
 * with the KMS of other regions for replicas. Two taps let steps check what no API shows: every
 * record written to storage (to prove it holds no plaintext), and every table key DynamoDB obtained
 * from KMS (its length, and its ciphertext, so that a KMS step can replay the Decrypt DynamoDB
 * makes).
 */
public final class TableWorld implements AutoCloseable {

  private static final String TABLE_NAME_KEY = "aws:dynamodb:tableName";

  private final KmsWorld world;
  private final List<byte[]> written = new ArrayList<>();
  private final Map<Space, Integer> writes = new java.util.EnumMap<>(Space.class);
  private final Map<String, List<byte[]>> tableKeys = new LinkedHashMap<>();
  private final Map<String, byte[]> ownedTableKeys = new LinkedHashMap<>();
  private final Map<String, String> keyIdStandIns = new LinkedHashMap<>();
  private final Map<String, ReferenceKms> replicaRegions = new LinkedHashMap<>();
  private @Nullable ReferenceDynamoDb db;

  public TableWorld(KmsWorld world) {
    this.world = world;
  }

  /** The scenario's DynamoDB, created on first use. */
  public synchronized ReferenceDynamoDb db() {
    if (db == null) {
      RecordStore store = new StorageTap(MapDbRecordStore.inMemory());
      TableKeyKms kms = new KeyTap(new ReferenceKmsTableKeys(world.kms()));
      ControlPlaneAudit audit =
          new CloudTrailAudit(
              world.trail(),
              world.iam(),
              new Ids(world.random()),
              KmsWorld.HOME_ACCOUNT,
              KmsWorld.REGION,
              world.clock());
      db =
          new ReferenceDynamoDb(
              KmsWorld.HOME_ACCOUNT,
              KmsWorld.REGION,
              world.clock(),
              kms,
              store,
              audit,
              TableAuthorizer.iam(world.iam(), KmsWorld.HOME_ACCOUNT, world.clock()));
    }
    return db;
  }

  /**
   * The KMS of another region of the home account, on the scenario's clock, IAM and trail, created
   * on first use and made available to DynamoDB for global-table replicas.
   */
  public synchronized ReferenceKms kmsIn(String region) {
    if (region.equals(KmsWorld.REGION)) {
      return world.kms();
    }
    return replicaRegions.computeIfAbsent(
        region,
        r -> {
          ReferenceKms kms =
              ReferenceKms.builder()
                  .clock(world.clock())
                  .random(world.random())
                  .trail(world.trail())
                  .iam(world.iam())
                  .region(r)
                  .build();
          db().registerReplicaRegion(kms);
          return kms;
        });
  }

  /** Closes the scenario's store, if the scenario used DynamoDB at all. */
  @Override
  public synchronized void close() {
    if (db != null) {
      db.close();
    }
  }

  /** Every value written to storage so far (keys and values of every space), in order. */
  public synchronized List<byte[]> storedBytes() {
    return List.copyOf(written);
  }

  /** How many records have been written to {@code space} so far (overwrites included). */
  public synchronized int writesTo(Space space) {
    return writes.getOrDefault(space, 0);
  }

  /** The plaintext table keys DynamoDB obtained from KMS for {@code table} (copies). */
  public synchronized List<byte[]> tableKeysOf(String table) {
    return tableKeys.getOrDefault(table, List.of()).stream().map(byte[]::clone).toList();
  }

  /**
   * The ciphertext of the latest table key DynamoDB obtained for {@code table} under its AWS owned
   * key (a copy).
   *
   * @throws IllegalArgumentException when DynamoDB obtained none for that table
   */
  public synchronized byte[] ownedTableKeyOf(String table) {
    byte[] blob = ownedTableKeys.get(table);
    if (blob == null) {
      throw new IllegalArgumentException(
          "DynamoDB obtained no table key under the AWS owned key for table `"
              + table
              + "` in this scenario");
    }
    return blob.clone();
  }

  /** Lets commands name a key by a literal id, as the seeds' CLI examples do. */
  public void standIn(String literalKeyId, String keyArn) {
    keyIdStandIns.put(literalKeyId, keyArn);
  }

  /**
   * The key id a request should carry for {@code keyId}: the scenario key a seed's literal id
   * stands for (its bare key id, as the seeds write it), or the text itself.
   */
  public String keyId(String keyId) {
    return Optional.ofNullable(keyIdStandIns.get(keyId))
        .map(arn -> arn.substring(arn.lastIndexOf('/') + 1))
        .orElse(keyId);
  }

  private synchronized void sawTableKey(Map<String, String> context, SymmetricKey key) {
    tableKeys
        .computeIfAbsent(context.get(TABLE_NAME_KEY), t -> new ArrayList<>())
        .add(key.exportForWrapping());
  }

  private synchronized void sawOwnedTableKey(Map<String, String> context, byte[] blob) {
    ownedTableKeys.put(context.get(TABLE_NAME_KEY), blob.clone());
  }

  private synchronized void sawWrite(Space space, byte[] key, byte[] value) {
    writes.merge(space, 1, Integer::sum);
    written.add(key.clone());
    written.add(value.clone());
  }

  /** Records every write on its way to storage. */
  private final class StorageTap implements RecordStore {
    private final RecordStore store;

    StorageTap(RecordStore store) {
      this.store = store;
    }

    @Override
    public void put(Space space, byte[] key, byte[] value) {
      sawWrite(space, key, value);
      store.put(space, key, value);
    }

    @Override
    public Optional<byte[]> get(Space space, byte[] key) {
      return store.get(space, key);
    }

    @Override
    public void delete(Space space, byte[] key) {
      store.delete(space, key);
    }

    @Override
    public Iterable<Map.Entry<byte[], byte[]>> scan(Space space, byte[] prefix) {
      return store.scan(space, prefix);
    }

    @Override
    public void commit() {
      store.commit();
    }

    @Override
    public void close() {
      store.close();
    }
  }

  /**
   * Notes the table keys DynamoDB gets from KMS, and keeps each new table key's ciphertext as the
   * scenario's latest ciphertext under that KMS key (so "calls Decrypt on key ... for table ..."
   * decrypts the real table key).
   */
  private final class KeyTap implements TableKeyKms {
    private final TableKeyKms kms;

    KeyTap(TableKeyKms kms) {
      this.kms = kms;
    }

    @Override
    public KmsKeyInfo describeKey(Caller caller, String keyId) {
      return kms.describeKey(caller, keyId);
    }

    @Override
    public KmsKeyInfo awsManagedKey(Caller caller) {
      return kms.awsManagedKey(caller);
    }

    @Override
    public String createGrant(
        Caller caller,
        String keyArn,
        String grantee,
        String retiring,
        List<String> operations,
        Map<String, String> subset) {
      return kms.createGrant(caller, keyArn, grantee, retiring, operations, subset);
    }

    @Override
    public GeneratedKey generateDataKey(Caller caller, String keyArn, Map<String, String> context) {
      GeneratedKey key = kms.generateDataKey(caller, keyArn, context);
      sawTableKey(context, key.plaintext());
      world.rememberCiphertext(keyArn, key.ciphertextBlob());
      return key;
    }

    @Override
    public SymmetricKey decrypt(
        Caller caller, String keyArn, byte[] blob, Map<String, String> context) {
      return kms.decrypt(caller, keyArn, blob, context);
    }

    @Override
    public void retireGrant(Caller caller, String keyArn, String grantId) {
      kms.retireGrant(caller, keyArn, grantId);
    }

    @Override
    public GeneratedKey generateOwnedTableKey(Map<String, String> context) {
      GeneratedKey key = kms.generateOwnedTableKey(context);
      sawTableKey(context, key.plaintext());
      sawOwnedTableKey(context, key.ciphertextBlob());
      return key;
    }

    @Override
    public SymmetricKey decryptOwnedTableKey(byte[] blob, Map<String, String> context) {
      return kms.decryptOwnedTableKey(blob, context);
    }
  }
}
