package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * With a data directory, every acknowledged write and the audit trail of every answered request
 * survive a restart, even after kill -9.
 */
class DurabilityWireTest {

  @TempDir Path dir;

  private record Written(String keyId, SdkBytes ciphertext, List<String> requestIds) {}

  private static Written write(KmsClient kms, DynamoDbClient ddb) {
    List<String> requestIds = new ArrayList<>();
    var created = kms.createKey(r -> r.description("durable"));
    requestIds.add(created.responseMetadata().requestId());
    String keyId = created.keyMetadata().keyId();
    var encrypted = kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String("kept")));
    requestIds.add(encrypted.responseMetadata().requestId());
    SdkBytes ciphertext = encrypted.ciphertextBlob();
    var table =
        ddb.createTable(
            r ->
                r.tableName("Orders")
                    .attributeDefinitions(
                        a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .billingMode("PAY_PER_REQUEST")
                    .sseSpecification(
                        s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(keyId)));
    requestIds.add(table.responseMetadata().requestId());
    ddb.putItem(
        r ->
            r.tableName("Orders")
                .item(
                    Map.of(
                        "id", AttributeValue.fromS("o-1"), "total", AttributeValue.fromN("42"))));
    return new Written(keyId, ciphertext, requestIds);
  }

  /** The trail the server at {@code port} serves, as JSON records. */
  private static List<JsonNode> trail(int port) throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_atrest/trail"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    List<JsonNode> records = new ArrayList<>();
    ServerFixture.JSON.readTree(response.body()).get("Records").forEach(records::add);
    return records;
  }

  private static List<String> requestIds(List<JsonNode> records) {
    return records.stream().map(r -> r.path("requestID").asText()).toList();
  }

  private static void assertRecovered(KmsClient kms, DynamoDbClient ddb, Written w) {
    assertThat(kms.describeKey(r -> r.keyId(w.keyId())).keyMetadata().description())
        .isEqualTo("durable");
    assertThat(kms.decrypt(r -> r.ciphertextBlob(w.ciphertext())).plaintext().asUtf8String())
        .isEqualTo("kept");
    assertThat(
            ddb.describeTable(r -> r.tableName("Orders"))
                .table()
                .sseDescription()
                .kmsMasterKeyArn())
        .endsWith(w.keyId());
    assertThat(
            ddb.getItem(r -> r.tableName("Orders").key(Map.of("id", AttributeValue.fromS("o-1"))))
                .item())
        .containsEntry("total", AttributeValue.fromN("42"));
  }

  @Test
  void cleanRestart_recoversKeysTablesAndItems() {
    Path data = dir.resolve("data");
    Written written;
    try (ServerFixture first =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = first.kms();
        DynamoDbClient ddb = first.dynamoDb()) {
      written = write(kms, ddb);
    }

    try (ServerFixture second =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = second.kms();
        DynamoDbClient ddb = second.dynamoDb()) {
      assertRecovered(kms, ddb, written);
    }
  }

  @Test
  void restartAfterKillNine_recoversEveryAcknowledgedWrite() throws Exception {
    Path data = dir.resolve("data");
    Path identities = dir.resolve("identities.json");
    Files.writeString(identities, ServerFixture.IDENTITIES);
    Written written;
    List<JsonNode> trailBeforeKill;
    Process first = launch(data, identities, dir.resolve("port-1"));
    try (KmsClient kms = kms(port(dir.resolve("port-1")));
        DynamoDbClient ddb = dynamoDb(port(dir.resolve("port-1")))) {
      written = write(kms, ddb);
      trailBeforeKill = trail(port(dir.resolve("port-1")));
    } finally {
      first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    Process second = launch(data, identities, dir.resolve("port-2"));
    try (KmsClient kms = kms(port(dir.resolve("port-2")));
        DynamoDbClient ddb = dynamoDb(port(dir.resolve("port-2")))) {
      List<JsonNode> restored = trail(port(dir.resolve("port-2")));
      assertThat(restored).isEqualTo(trailBeforeKill);
      assertThat(requestIds(restored)).containsAll(written.requestIds());
      assertRecovered(kms, ddb, written);
    } finally {
      second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void cleanRestart_servesTheSameTrailThenAppendsToIt() {
    Path data = dir.resolve("data");
    JsonNode before;
    Written written;
    try (ServerFixture first =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = first.kms();
        DynamoDbClient ddb = first.dynamoDb()) {
      written = write(kms, ddb);
      before = first.trail().get("Records");
    }

    try (ServerFixture second =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = second.kms()) {
      assertThat(second.trail().get("Records")).isEqualTo(before);
      String describeId =
          kms.describeKey(r -> r.keyId(written.keyId())).responseMetadata().requestId();
      JsonNode after = second.trail().get("Records");
      assertThat(after).hasSize(before.size() + 1);
      assertThat(after.get(before.size()).get("requestID").asText()).isEqualTo(describeId);
      assertThat(
              second
                  .control("GET", "/_atrest/trail?account=" + ServerFixture.ACCOUNT, "")
                  .json()
                  .get("Records"))
          .hasSize(before.size() + 1);
    }
  }

  @Test
  void reset_forgetsTheJournaledTrail() {
    Path data = dir.resolve("data");
    try (ServerFixture first =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = first.kms()) {
      kms.createKey(r -> r.description("forgotten"));
      first.control("POST", "/_atrest/reset", "");
    }

    try (ServerFixture second =
        new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data))) {
      assertThat(second.trail().get("Records")).isEmpty();
    }
  }

  @Test
  void trailJournal_holdsNoPlaintextDataKeyOrSecret() throws IOException {
    Path data = dir.resolve("data");
    String canary = "PLAINTEXT-CANARY-5d1e";
    String dataKey;
    try (ServerFixture server =
            new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data));
        KmsClient kms = server.kms("AKIAALICE", "alice-secret")) {
      String keyId = kms.createKey(r -> r.description("secrets")).keyMetadata().keyId();
      kms.encrypt(r -> r.keyId(keyId).plaintext(SdkBytes.fromUtf8String(canary)));
      dataKey =
          Base64.getEncoder()
              .encodeToString(
                  kms.generateDataKey(r -> r.keyId(keyId).keySpec("AES_256"))
                      .plaintext()
                      .asByteArray());
    }

    String journal = Files.readString(data.resolve("trail.jsonl"));
    assertThat(journal).contains("\"eventName\":\"GenerateDataKey\"");
    assertThat(journal)
        .doesNotContain(canary)
        .doesNotContain(
            Base64.getEncoder()
                .encodeToString(canary.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .doesNotContain(dataKey)
        .doesNotContain("alice-secret");
  }

  @Test
  void advancedClock_survivesARestart() {
    Path data = dir.resolve("data");
    try (ServerFixture first =
        new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data))) {
      first.advanceDays(100);
    }

    try (ServerFixture second =
        new ServerFixture(dir, ServerConfig.defaults().withPort(0).withDataDir(data))) {
      Instant now =
          Instant.parse(
              second
                  .control("POST", "/_atrest/clock/advance", "{\"seconds\": 0}")
                  .json()
                  .get("now")
                  .asText());
      assertThat(now).isAfter(Instant.now().plus(Duration.ofDays(99)));
    }
  }

  private static Process launch(Path data, Path identities, Path portFile) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ServeLauncher.class.getName(),
                data.toString(),
                identities.toString(),
                portFile.toString()))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int port(Path portFile) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (!Files.exists(portFile)) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("the server did not start within 120 s");
      }
      Thread.sleep(50);
    }
    return Integer.parseInt(Files.readString(portFile).trim());
  }

  private static KmsClient kms(int port) {
    return KmsClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_WEST_2)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }

  private static DynamoDbClient dynamoDb(int port) {
    return DynamoDbClient.builder()
        .endpointOverride(URI.create("http://127.0.0.1:" + port))
        .region(Region.US_WEST_2)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .build();
  }
}
