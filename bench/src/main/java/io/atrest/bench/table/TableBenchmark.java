package io.atrest.bench.table;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.table.BillingMode;
import io.atrest.engine.table.CreateTableRequest;
import io.atrest.engine.table.GetItemRequest;
import io.atrest.engine.table.PutItemRequest;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.ReturnValues;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.item.ItemCodec;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.table.storage.Space;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.eval.Principal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * PutItem and GetItem of 1 KiB items through {@link ReferenceDynamoDb} (customer managed key, the
 * reference KMS, wall-clock time so the five-minute table-key cache behaves as in production),
 * beside a baseline in the same run that encodes the same item with the same binary codec and
 * writes / reads the bytes straight to a MapDB B-tree laid out as the store lays out its own (same
 * key serializer, values outside the nodes in a file), unencrypted. Both commit after every write,
 * as the store does. Goal: encrypted at most 1.3x the baseline's time.
 *
 * <p>A floor in the same run: the baseline plus nothing but the cipher. It writes / reads the same
 * encoded bytes sealed with raw JDK AES-256-GCM (a cached {@link Cipher} and key, a fresh random IV
 * per write drawn in batches as the store draws them, no authenticated data) to a third B-tree of
 * the baseline's kind. No correct AES-GCM store can beat it; what separates the store from it is
 * the store's own work (authorization, key cache, storage locator, AAD).
 *
 * <p>On a shared machine add {@code -prof io.atrest.bench.table.CpuTimeProfiler}: CPU time per
 * operation does not count the time spent waiting for a core, which wall time does. The heap is
 * fixed and pre-touched, so that iterations measure the code rather than the kernel committing
 * memory as the heap grows; warm-up is long enough for the JIT to finish on a loaded machine.
 *
 * <p>The store's PutItem is asked for {@code ReturnValues NONE} (DynamoDB's default), so on a table
 * with no index and no stream it does not read the old item. At the end of each trial the KMS calls
 * recorded in the trail during the measured operations are printed per 100,000 operations, and the
 * store's reads per operation (point reads and scans of its {@code RecordStore}, per space).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Threads(1)
public class TableBenchmark {
  private static final String ACCOUNT = "111122223333";
  private static final String REGION = "us-west-2";
  private static final int KEYS = 2_000;
  private static final int ITEM_BYTES = 1024;
  private static final int IV_LENGTH = 12;
  private static final int TAG_BITS = 128;

  /** {@code memory}: MapDB heap stores; {@code file}: file-backed, transactional (no mmap). */
  @Param({"memory", "file"})
  public String storage;

  private Path dir;
  private AuditTrail trail;
  private Principal.IamUser alice;
  private Caller caller;
  private ReferenceDynamoDb db;
  private CountingRecordStore counted;
  private Map<Space, Long> readsMark;
  private DB baselineDb;
  private BTreeMap<byte[], byte[]> baseline;
  private BTreeMap<byte[], byte[]> floor;
  private SecretKeySpec floorKey;
  private Cipher floorCipher;
  private final byte[] ivs = new byte[IV_LENGTH * 256];
  private int nextIv = ivs.length;
  private SecureRandom ivSource;
  private final List<Map<String, AttributeValue>> items = new ArrayList<>();
  private final List<Map<String, AttributeValue>> keys = new ArrayList<>();
  private final List<byte[]> baselineKeys = new ArrayList<>();
  private int next;
  private long operations;
  private int trailMark;

  @Setup(Level.Trial)
  public void setUp() throws IOException, GeneralSecurityException {
    SecureRandom random = new SecureRandom();
    ivSource = new SecureRandom();
    IamRegistry iam = new IamRegistry(random);
    iam.addAccount(ACCOUNT, REGION);
    alice = iam.addUser(ACCOUNT, "alice");
    iam.attachPolicy(
        alice,
        IdentityPolicy.parse(
            "kms-all",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}"));
    // DynamoDB authorizes every request through IAM too.
    iam.attachPolicy(
        alice,
        IdentityPolicy.parse(
            "dynamodb-all",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"}]}"));
    caller = Caller.direct(alice);
    trail = new AuditTrail();
    Clock clock = Clock.systemUTC();
    ReferenceKms kms =
        ReferenceKms.builder()
            .clock(clock)
            .random(random)
            .trail(trail)
            .iam(iam)
            .region(REGION)
            .build();
    String key = kms.createKey(CreateKeyRequest.symmetric(caller)).keyMetadata().arn();
    dir = Files.createTempDirectory("table-bench");
    counted = new CountingRecordStore(store("store.db"));
    db = ReferenceDynamoDb.onReferenceKms(ACCOUNT, kms, trail, iam, clock, counted);
    db.createTable(
        CreateTableRequest.builder(caller, "Bench")
            .attribute("id", ScalarType.S)
            .key("id", KeyType.HASH)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .sse(SseSpecification.customerManaged(key))
            .build());
    db.describeTable(caller, "Bench");
    baselineDb =
        storage.equals("file")
            ? DBMaker.fileDB(dir.resolve("baseline.db").toFile())
                .fileChannelEnable()
                .transactionEnable()
                .make()
            : DBMaker.heapDB().make();
    baseline = tree("items");
    floor = tree("sealed");
    byte[] key256 = new byte[32];
    random.nextBytes(key256);
    floorKey = new SecretKeySpec(key256, "AES");
    floorCipher = Cipher.getInstance("AES/GCM/NoPadding");
    for (int i = 0; i < KEYS; i++) {
      String id = String.format("item-%06d", i);
      items.add(item(id, random));
      keys.add(Map.of("id", AttributeValue.s(id)));
      baselineKeys.add(("Bench/" + id).getBytes(StandardCharsets.UTF_8));
      db.items()
          .putItem(
              PutItemRequest.of(caller, "Bench", items.get(i)).withReturnValues(ReturnValues.NONE));
      baseline.put(baselineKeys.get(i), ItemCodec.encode(items.get(i)));
      floor.put(baselineKeys.get(i), seal(ItemCodec.encode(items.get(i))));
    }
    baselineDb.commit();
    trailMark = trail.events().size();
    readsMark = counted.reads();
  }

  /** A tree of the baseline's database, laid out as the store lays out its own trees. */
  private BTreeMap<byte[], byte[]> tree(String name) {
    return storage.equals("file")
        ? MapDbRecordStore.fileTree(baselineDb, name)
        : MapDbRecordStore.memoryTree(baselineDb, name);
  }

  private RecordStore store(String name) {
    return storage.equals("file")
        ? MapDbRecordStore.file(dir.resolve(name))
        : MapDbRecordStore.inMemory();
  }

  /** An item of about 1 KiB in DynamoDB's size terms: a key and a payload string. */
  private static Map<String, AttributeValue> item(String id, SecureRandom random) {
    StringBuilder payload = new StringBuilder();
    while (payload.length() < ITEM_BYTES - id.length() - "id".length() - "payload".length()) {
      payload.append((char) ('a' + random.nextInt(26)));
    }
    return Map.of("id", AttributeValue.s(id), "payload", AttributeValue.s(payload.toString()));
  }

  private int nextIndex() {
    operations++;
    next = next + 1 == KEYS ? 0 : next + 1;
    return next;
  }

  @Benchmark
  public Optional<Map<String, AttributeValue>> putItemEncrypted() {
    return db.items()
        .putItem(
            PutItemRequest.of(caller, "Bench", items.get(nextIndex()))
                .withReturnValues(ReturnValues.NONE));
  }

  @Benchmark
  public Optional<Map<String, AttributeValue>> getItemEncrypted() {
    return db.items().getItem(new GetItemRequest(caller, "Bench", keys.get(nextIndex())));
  }

  @Benchmark
  public byte[] putItemPlaintextBaseline() {
    int i = nextIndex();
    byte[] old = baseline.put(baselineKeys.get(i), ItemCodec.encode(items.get(i)));
    baselineDb.commit();
    return old;
  }

  @Benchmark
  public Map<String, AttributeValue> getItemPlaintextBaseline() {
    return ItemCodec.decode(baseline.get(baselineKeys.get(nextIndex())));
  }

  @Benchmark
  public byte[] putItemFloor() throws GeneralSecurityException {
    int i = nextIndex();
    byte[] old = floor.put(baselineKeys.get(i), seal(ItemCodec.encode(items.get(i))));
    baselineDb.commit();
    return old;
  }

  @Benchmark
  public Map<String, AttributeValue> getItemFloor() throws GeneralSecurityException {
    byte[] sealed = floor.get(baselineKeys.get(nextIndex()));
    floorCipher.init(
        Cipher.DECRYPT_MODE, floorKey, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_LENGTH));
    return ItemCodec.decode(floorCipher.doFinal(sealed, IV_LENGTH, sealed.length - IV_LENGTH));
  }

  /** IV, then ciphertext and tag: raw AES-GCM with a fresh IV, nothing else. */
  private byte[] seal(byte[] plaintext) throws GeneralSecurityException {
    if (nextIv == ivs.length) {
      ivSource.nextBytes(ivs);
      nextIv = 0;
    }
    byte[] out = new byte[IV_LENGTH + plaintext.length + TAG_BITS / 8];
    System.arraycopy(ivs, nextIv, out, 0, IV_LENGTH);
    nextIv += IV_LENGTH;
    floorCipher.init(
        Cipher.ENCRYPT_MODE, floorKey, new GCMParameterSpec(TAG_BITS, out, 0, IV_LENGTH));
    floorCipher.doFinal(plaintext, 0, plaintext.length, out, IV_LENGTH);
    return out;
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    List<TrailEvent> during = trail.events().subList(trailMark, trail.events().size());
    long byCaller =
        during.stream()
            .filter(e -> e.eventSource().equals(TrailEvent.KMS))
            .filter(e -> alice.arn().equals(e.userIdentity().arn()))
            .count();
    long all = during.stream().filter(e -> e.eventSource().equals(TrailEvent.KMS)).count();
    System.out.printf(
        "%n[TableBenchmark] storage=%s operations=%d kmsCallsByCaller=%d kmsCallsAll=%d"
            + " perCallerPer100k=%.4f allPer100k=%.4f%n",
        storage,
        operations,
        byCaller,
        all,
        100_000.0 * byCaller / Math.max(1, operations),
        100_000.0 * all / Math.max(1, operations));
    StringBuilder reads = new StringBuilder();
    counted
        .reads()
        .forEach(
            (space, n) -> {
              long made = n - readsMark.get(space);
              if (made > 0) {
                reads.append(
                    String.format(" %s=%.3f", space, (double) made / Math.max(1, operations)));
              }
            });
    System.out.printf(
        "[TableBenchmark] storage=%s store reads per operation:%s%n",
        storage, reads.length() == 0 ? " none" : reads);
    db.close();
    baselineDb.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
