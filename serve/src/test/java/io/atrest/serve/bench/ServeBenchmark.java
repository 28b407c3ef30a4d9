package io.atrest.serve.bench;

import io.atrest.serve.AtrestServer;
import io.atrest.serve.ServerConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
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
 * client threads sharing one client, for each thread count given. Each measurement is bounded by a
 * request count and a time limit.
 *
 * <p>Usage: {@code ServeBenchmark MOTO_URL [REQUESTS] [THREADS,...]}, e.g. {@code 3000 1,4,8}.
 */
public final class ServeBenchmark {

  private static final Duration TIME_LIMIT = Duration.ofSeconds(30);
  private static final int WARMUP = 300;
  private static int threads = 1;
  private static final String TARGETS = System.getProperty("bench.targets", "atrest,moto");

  private ServeBenchmark() {}

  public static void main(String[] args) {
    URI moto = URI.create(args[0]);
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    String threadCounts = args.length > 2 ? args[2] : "1,4,8";
    try (AtrestServer atrest = AtrestServer.start(ServerConfig.defaults().withPort(0))) {
      URI atrestUri = URI.create("http://127.0.0.1:" + atrest.port());
      System.out.printf("requests per measurement: %d (server CPU: atrest's request and dispatcher threads)%n", requests);
      System.out.printf("%-8s %-16s %12s %12s %8s %16s%n", "threads", "operation", "atrest req/s", "moto req/s", "ratio",
          "server CPU µs/req");
      for (String count : threadCounts.split(",")) {
        threads = Integer.parseInt(count.trim());
        long cpu = serverCpuNanos();
        double atrestEncrypt = run("atrest", () -> encrypt(atrestUri, requests));
        double encryptCpu = (serverCpuNanos() - cpu) / 1e3 / (requests + WARMUP);
        double motoEncrypt = run("moto", () -> encrypt(moto, requests));
        cpu = serverCpuNanos();
        double atrestPut = run("atrest", () -> putItem(atrestUri, requests));
        double putCpu = (serverCpuNanos() - cpu) / 1e3 / (requests + WARMUP);
        double motoPut = run("moto", () -> putItem(moto, requests));
        System.out.printf("%-8d %-16s %12.0f %12.0f %7.1fx %16.0f%n", threads, "Encrypt 4 KiB", atrestEncrypt, motoEncrypt,
            atrestEncrypt / motoEncrypt, encryptCpu);
        System.out.printf("%-8d %-16s %12.0f %12.0f %7.1fx %16.0f%n", threads, "PutItem 1 KiB", atrestPut, motoPut,
            atrestPut / motoPut, putCpu);
      }
    }
  }

  /**
   * CPU time so far of the server's threads (request pool and the JDK's dispatcher), which shares
   * this JVM with the client: a per-request cost that a busy machine does not distort the way it
   * distorts requests per second. Approximate when requests run past the time limit.
   */
  private static long serverCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long total = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("atrest-serve-") || t.getName().equals("HTTP-Dispatcher")) {
        total += Math.max(0, mx.getThreadCpuTime(t.getId()));
      }
    }
    return total;
  }

  // -Dbench.targets=atrest measures only atrest (for profiling); the other side reads as NaN.
  private static double run(String target, java.util.function.DoubleSupplier measurement) {
    return TARGETS.contains(target) ? measurement.getAsDouble() : Double.NaN;
  }

  private static double encrypt(URI endpoint, int requests) {
    try (KmsClient kms =
        KmsClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2).credentialsProvider(credentials())
            .httpClient(UrlConnectionHttpClient.create()).build()) {
      String keyId = kms.createKey(r -> r.description("bench")).keyMetadata().keyId();
      SdkBytes plaintext = SdkBytes.fromByteArray(new byte[4096]);
      return measure(requests, i -> kms.encrypt(r -> r.keyId(keyId).plaintext(plaintext).encryptionContext(Map.of("n", "1"))));
    }
  }

  @SuppressWarnings("unchecked") // the SDK builders take generic varargs of consumers
  private static double putItem(URI endpoint, int requests) {
    try (KmsClient kms =
            KmsClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build();
        DynamoDbClient ddb =
            DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_WEST_2).credentialsProvider(credentials())
                .httpClient(UrlConnectionHttpClient.create()).build()) {
      String keyId = kms.createKey(r -> r.description("bench table")).keyMetadata().keyId();
      String table = "Bench" + System.nanoTime();
      ddb.createTable(
          r -> r.tableName(table)
              .attributeDefinitions(a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
              .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
              .billingMode("PAY_PER_REQUEST")
              .sseSpecification(s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(keyId)));
      ddb.describeTable(r -> r.tableName(table));
      AttributeValue payload = AttributeValue.fromS("x".repeat(1000));
      return measure(
          requests,
          i -> ddb.putItem(r -> r.tableName(table).item(Map.of("id", AttributeValue.fromS("item-" + (i % 500)), "data", payload))));
    }
  }

  private static double measure(int requests, IntConsumer call) {
    for (int i = 0; i < WARMUP; i++) {
      call.accept(i);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    long deadline = start + TIME_LIMIT.toNanos();
    try {
      java.util.List<Future<?>> workers = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                    call.accept(i);
                  }
                }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark request failed", e);
    } finally {
      pool.shutdownNow();
    }
    int done = Math.min(next.get(), requests);
    return done / ((System.nanoTime() - start) / 1e9);
  }

  private static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
  }
}
