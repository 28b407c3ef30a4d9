package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code aws dynamodb create-table} / {@code update-table} commands of seed 001, exactly as
 * printed there (line continuations included) plus {@code --endpoint-url} and {@code --region
 * us-west-2}, run by the real aws CLI, with the SSEDescription the seed prints checked after each.
 * The seed's customer managed key id is a placeholder of another account, so it is replaced by the
 * id of a key created here; nothing else is changed.
 */
class AwsCliSeedTest {

  private static final String CREATE_OWNED =
      "aws dynamodb create-table \\ --table-name Music \\ --attribute-definitions \\ AttributeName=Artist,AttributeType=S \\ AttributeName=SongTitle,AttributeType=S \\ --key-schema \\ AttributeName=Artist,KeyType=HASH \\ AttributeName=SongTitle,KeyType=RANGE \\ --provisioned-throughput \\ ReadCapacityUnits=10,WriteCapacityUnits=5";
  private static final String CREATE_MANAGED =
      CREATE_OWNED + " \\ --sse-specification Enabled=true,SSEType=KMS";
  private static final String CREATE_CMK =
      CREATE_OWNED
          + " \\ --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234";
  private static final String UPDATE_OWNED =
      "aws dynamodb update-table \\ --table-name Music \\ --sse-specification Enabled=false";
  private static final String UPDATE_MANAGED =
      "aws dynamodb update-table \\ --table-name Music \\ --sse-specification Enabled=true";
  private static final String UPDATE_CMK =
      "aws dynamodb update-table \\ --table-name Music \\ --sse-specification Enabled=true,SSEType=KMS,KMSMasterKeyId=abcd1234-abcd-1234-a123-ab1234a1b234";
  private static final String SEED_KEY_ID = "abcd1234-abcd-1234-a123-ab1234a1b234";

  @TempDir Path dir;
  private ServerFixture fixture;
  private String aws;

  @BeforeEach
  void start() {
    aws = findAwsCli();
    fixture = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void seedCreateTableCommands_printTheSseDescriptionsOfTheSeed() {
    JsonNode owned = run(CREATE_OWNED).get("TableDescription");
    assertThat(owned.has("SSEDescription")).isFalse();
    run("aws dynamodb delete-table --table-name Music");

    JsonNode managed = run(CREATE_MANAGED).at("/TableDescription/SSEDescription");
    assertEnabled(managed, managedKeyArn());
    run("aws dynamodb delete-table --table-name Music");

    String keyArn =
        run("aws kms create-key --description seed-001").at("/KeyMetadata/Arn").asText();
    JsonNode cmk =
        run(CREATE_CMK.replace(SEED_KEY_ID, keyId(keyArn))).at("/TableDescription/SSEDescription");
    assertEnabled(cmk, keyArn);
  }

  @Test
  void seedUpdateTableCommands_switchBetweenTheThreeKeyKinds() {
    run(CREATE_OWNED);
    describe();
    String keyArn =
        run("aws kms create-key --description seed-001").at("/KeyMetadata/Arn").asText();

    run(UPDATE_CMK.replace(SEED_KEY_ID, keyId(keyArn)));
    assertEnabled(describe().get("SSEDescription"), keyArn);

    run(UPDATE_MANAGED);
    assertEnabled(describe().get("SSEDescription"), managedKeyArn());

    run(UPDATE_OWNED);
    assertThat(describe().has("SSEDescription")).isFalse();
  }

  private static void assertEnabled(JsonNode sse, String keyArn) {
    assertThat(sse.get("Status").asText()).isEqualTo("ENABLED");
    assertThat(sse.get("SSEType").asText()).isEqualTo("KMS");
    assertThat(sse.get("KMSMasterKeyArn").asText()).isEqualTo(keyArn);
  }

  private JsonNode describe() {
    return run("aws dynamodb describe-table --table-name Music").get("Table");
  }

  private String managedKeyArn() {
    return run("aws kms describe-key --key-id alias/aws/dynamodb").at("/KeyMetadata/Arn").asText();
  }

  private static String keyId(String keyArn) {
    return keyArn.substring(keyArn.lastIndexOf('/') + 1);
  }

  /** Runs a command as printed in the seed: {@code \ } continuations dropped, split on spaces. */
  private JsonNode run(String printed) {
    List<String> command = new ArrayList<>();
    command.add(aws);
    Arrays.stream(printed.replace(" \\ ", " ").trim().split("\\s+")).skip(1).forEach(command::add);
    command.addAll(
        List.of(
            "--endpoint-url",
            fixture.endpoint().toString(),
            "--region",
            "us-west-2",
            "--output",
            "json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
    Map<String, String> env = pb.environment();
    env.put("AWS_ACCESS_KEY_ID", "test");
    env.put("AWS_SECRET_ACCESS_KEY", "test");
    env.remove("AWS_SESSION_TOKEN");
    env.remove("AWS_PROFILE");
    env.put("AWS_CONFIG_FILE", dir.resolve("no-config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("no-credentials").toString());
    env.put("AWS_PAGER", "");
    try {
      Process p = pb.start();
      byte[] out = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        fail("`" + String.join(" ", command) + "` failed: " + err);
      }
      return ServerFixture.JSON.readTree(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String findAwsCli() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/root/.pyenv/shims/aws")));
    for (String entry :
        System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!entry.isEmpty()) {
        candidates.add(Path.of(entry, "aws"));
      }
    }
    return candidates.stream()
        .filter(Files::isExecutable)
        .map(Path::toString)
        .findFirst()
        .orElseGet(
            () ->
                fail(
                    "the aws CLI is not installed: install it (pip install awscli) so that `aws` is on PATH or at /root/.pyenv/shims/aws"));
  }
}
