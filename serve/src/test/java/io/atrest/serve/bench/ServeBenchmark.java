package io.atrest.serve.bench;

import io.atrest.serve.AtrestServer;
import io.atrest.serve.ServerConfig;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * Requests per second of Encrypt (4 KiB) and PutItem (1 KiB, table under a customer managed key)
 * through the AWS SDK for Java over loopback, against an in-process {@code atrest serve} and
 * against the {@code moto_server} at the URL given as the first argument, with the same number of
 * client threads sharing one client, for each thread count given.
 *
 * <p>Each measurement first runs the same calls, on the same threads, for at least {@code
 * -Dbench.warmup.seconds} (10 by default) and then until the JIT is quiet (under {@value
 * #QUIET_COMPILE_MILLIS} ms of compilation in a {@value #SLICE_SECONDS} s slice, for at most four
 * times the minimum): C2 compiles a method after about 10,000 invocations and a busy machine
 * starves the compiler threads, so a count-based warmup of a few hundred requests measures the
 * interpreter. Then it measures a request count, bounded by a time limit, and reports CPU per
 * request beside the rate, since CPU is what a shared machine distorts least:
 *
 * <ul>
 *   <li>server: atrest's connection threads and its acceptor; moto's process (its PID from {@code
 *       -Dbench.moto.pid}, read from {@code /proc});
 *   <li>client: the benchmark's calling threads, in which the SDK and its URL-connection client
 *       run;
 *   <li>other: the rest of this JVM (garbage collection and the JIT compilers, for both sides).
 * </ul>
 *
 * <p>Usage: {@code ServeBenchmark MOTO_URL [REQUESTS] [THREADS,...]}, e.g. {@code 5000 1,4,8}.
 * {@code -Dbench.targets=atrest} measures only atrest (for profiling).
 */
public final class ServeBenchmark {

  private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
  private static final Duration WARMUP =
      Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 10));
  private static final int SLICE_SECONDS = 2;
  private static final long QUIET_COMPILE_MILLIS = 40;
  private static final String TARGETS = System.getProperty("bench.targets", "atrest,moto");
  private static final OptionalLong MOTO_PID =
      System.getProperty("bench.moto.pid") == null
          ? OptionalLong.empty()
          : OptionalLong.of(Long.parseLong(System.getProperty("bench.moto.pid")));
  // USER_HZ, the unit of utime and stime in /proc/PID/stat, is 100 on every Linux ABI in use.
  private static final long NANOS_PER_TICK = 10_000_000L;

  private ServeBenchmark() {}

  /** One target's figures for one operation: rate and CPU microseconds per request. */
  private record Figures(double perSecond, double serverUs, double clientUs, double otherUs) {
    static final Figures SKIPPED = new Figures(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
  }

  /** One operation's measured loop against one server. */
  @FunctionalInterface
  private interface Workload {
    Figures run(Server server, int requests, int threads);
  }

  /**
   * A server to measure: its endpoint, a reading of its CPU time so far in nanoseconds (negative
   * when unknown), and whether that CPU is spent in this JVM.
   */
  private record Server(URI endpoint, LongSupplier cpuNanos, boolean inThisJvm) {}

  public static void main(String[] args) {
    URI moto = URI.create(args[0]);
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    String threadCounts = args.length > 2 ? args[2] : "1,4,8";
    try (AtrestServer atrest = AtrestServer.start(ServerConfig.defaults().withPort(0))) {
      Server atrestServer = new Server(atrest.endpoint(), ServeBenchmark::atrestCpuNanos, true);
      Server motoServer = new Server(moto, ServeBenchmark::motoCpuNanos, false);
      System.out.printf(
          "requests per measurement: %d after at least %d s of warmup and a quiet JIT; CPU in µs per request (server: atrest's request and"
              + " acceptor threads, moto's process; client: the SDK's calling threads; other: GC and JIT of this JVM)%n",
          requests, WARMUP.toSeconds());
      System.out.printf(
          "%-7s %-14s %9s %9s %7s | %10s %10s | %10s %10s | %9s %9s%n",
          "threads",
          "operation",
          "atrest/s",
          "moto/s",
          "ratio",
          "srv atrest",
          "srv moto",
          "cli atrest",
          "cli moto",
          "oth atrest",
          "oth moto");
      for (String count : threadCounts.split(",")) {
        int threads = Integer.parseInt(count.trim());
        row(threads, "Encrypt 4 KiB", ServeBenchmark::encrypt, atrestServer, motoServer, requests);
        row(threads, "PutItem 1 KiB", ServeBenchmark::putItem, atrestServer, motoServer, requests);
      }
    }
  }

  private static void row(
      int threads, String name, Workload workload, Server atrest, Server moto, int requests) {
    Figures a =
        TARGETS.contains("atrest") ? workload.run(atrest, requests, threads) : Figures.SKIPPED;
    Figures m = TARGETS.contains("moto") ? workload.run(moto, requests, threads) : Figures.SKIPPED;
    System.out.printf(
        "%-7d %-14s %9.0f %9.0f %6.1fx | %10.0f %10.0f | %10.0f %10.0f | %9.0f %9.0f%n",
        threads,
        name,
        a.perSecond(),
        m.perSecond(),
        a.perSecond() / m.perSecond(),
        a.serverUs(),
        m.serverUs(),
        a.clientUs(),
        m.clientUs(),
        a.otherUs(),
        m.otherUs());
  }

  private static Figures encrypt(Server server, int requests, int threads) {
    try (KmsClient kms = kms(server.endpoint())) {
      String keyId = kms.createKey(r -> r.description("bench")).keyMetadata().keyId();
      SdkBytes plaintext = SdkBytes.fromByteArray(new byte[4096]);
      return measure(
          requests,
          threads,
          server,
          i ->
              kms.encrypt(
                  r -> r.keyId(keyId).plaintext(plaintext).encryptionContext(Map.of("n", "1"))));
    }
  }

  private static Figures putItem(Server server, int requests, int threads) {
    try (KmsClient kms = kms(server.endpoint());
        DynamoDbClient ddb =
            DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.US_WEST_2)
                .credentialsProvider(credentials())
                .httpClient(httpClient())
                .build()) {
      String keyId = kms.createKey(r -> r.description("bench table")).keyMetadata().keyId();
      String table = "Bench" + System.nanoTime();
      ddb.createTable(
          r ->
              r.tableName(table)
                  .attributeDefinitions(
                      a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                  .billingMode("PAY_PER_REQUEST")
                  .sseSpecification(
                      s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(keyId)));
      ddb.describeTable(r -> r.tableName(table));
      AttributeValue payload = AttributeValue.fromS("x".repeat(1000));
      return measure(
          requests,
          threads,
          server,
          i ->
              ddb.putItem(
                  r ->
                      r.tableName(table)
                          .item(
                              Map.of(
                                  "id",
                                  AttributeValue.fromS("item-" + (i % 500)),
                                  "data",
                                  payload))));
    }
  }

  /**
   * The SDK's Apache HttpClient 5 transport, for both servers. Not the URL-connection client: the
   * JDK's HttpURLConnection checks a kept-alive connection before every streaming POST by reading
   * it with a 1 ms timeout ({@code sun.net.www.http.HttpClient.available()}), which a JFR recording
   * of this benchmark showed as a 1.16 ms wait in every request, whatever the server.
   */
  private static SdkHttpClient httpClient() {
    return Apache5HttpClient.create();
  }

  private static KmsClient kms(URI endpoint) {
    return KmsClient.builder()
        .endpointOverride(endpoint)
        .region(Region.US_WEST_2)
        .credentialsProvider(credentials())
        .httpClient(httpClient())
        .build();
  }

  private static Figures measure(int requests, int threads, Server server, IntConsumer call) {
    warmUp(threads, call);
    long serverBefore = server.cpuNanos().getAsLong();
    long processBefore = processCpuNanos();
    long start = System.nanoTime();
    Run run = runFor(threads, requests, TIME_LIMIT, call);
    double seconds = (System.nanoTime() - start) / 1e9;
    long serverNanos = server.cpuNanos().getAsLong() - serverBefore;
    long processNanos = processCpuNanos() - processBefore;
    long inProcessServer = server.inThisJvm() ? serverNanos : 0;
    double perRequest = 1e3 * run.done();
    return new Figures(
        run.done() / seconds,
        serverBefore < 0 ? Double.NaN : serverNanos / perRequest,
        run.clientNanos() / perRequest,
        (processNanos - run.clientNanos() - inProcessServer) / perRequest);
  }

  /** Runs the calls for the minimum warmup, then until a slice passes with the JIT quiet. */
  private static void warmUp(int threads, IntConsumer call) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long deadline = System.nanoTime() + 4 * WARMUP.toNanos();
    runFor(threads, Integer.MAX_VALUE, WARMUP, call);
    long compiled;
    do {
      compiled = jit.getTotalCompilationTime();
      runFor(threads, Integer.MAX_VALUE, Duration.ofSeconds(SLICE_SECONDS), call);
      compiled = jit.getTotalCompilationTime() - compiled;
    } while (compiled > QUIET_COMPILE_MILLIS && System.nanoTime() < deadline);
  }

  /** How many calls a run completed, and the CPU its calling threads spent. */
  private record Run(int done, long clientNanos) {}

  /**
   * Calls from {@code threads} threads until {@code requests} calls are made or {@code limit}
   * passes.
   */
  private static Run runFor(int threads, int requests, Duration limit, IntConsumer call) {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + limit.toNanos();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try {
      List<Future<Long>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  long cpu = mx.getCurrentThreadCpuTime();
                  for (int i = next.getAndIncrement();
                      i < requests && System.nanoTime() < deadline;
                      i = next.getAndIncrement()) {
                    call.accept(i);
                  }
                  return mx.getCurrentThreadCpuTime() - cpu;
                }));
      }
      long clientNanos = 0;
      for (Future<Long> w : workers) {
        clientNanos += w.get();
      }
      return new Run(Math.min(next.get() - threads, requests), clientNanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark request failed", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * CPU time so far of atrest's threads (connections and the acceptor), which share this JVM with
   * the client.
   */
  private static long atrestCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("atrest-serve-")) {
        total += Math.max(0, mx.getThreadCpuTime(t.getId()));
      }
    }
    return total;
  }

  /** CPU time so far of the moto_server process (user and system), or -1 when unknown. */
  private static long motoCpuNanos() {
    if (MOTO_PID.isEmpty()) {
      return -1;
    }
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(MOTO_PID.getAsLong()), "stat"));
      // Fields after the parenthesised command name, which may itself hold spaces: utime and stime
      // are the 14th and 15th fields of the line, the 12th and 13th after the name.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * NANOS_PER_TICK;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  }
}
