package io.atrest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  private static final String KEY =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

  @TempDir Path dir;
  private Path managedPolicy;

  @BeforeEach
  void writePolicy() throws IOException {
    managedPolicy = write("managed.json", Fixtures.text("policies/aws-managed-dynamodb.json"));
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private CliRun evaluate(String request) throws IOException {
    return CliRun.of(
        "evaluate",
        "--key-policy",
        managedPolicy.toString(),
        "--request",
        write("request.json", request).toString());
  }

  @Test
  void accountUserThroughDynamoDb_isAllowedByTheViaServiceStatement() throws IOException {
    CliRun run =
        evaluate(
            """
        {"principal":"arn:aws:iam::111122223333:user/db-lead","action":"kms:Decrypt",
         "resource":"%s",
         "context":{"kms:ViaService":"dynamodb.us-west-2.amazonaws.com",
                    "kms:EncryptionContext:aws:dynamodb:tableName":"Books"}}"""
                .formatted(KEY));

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode decision = Json.mapper().readTree(run.out());
    assertThat(decision.get("decision").asText()).isEqualTo("ALLOW");
    assertThat(decision.get("reasons").findValuesAsText("statement"))
        .contains(
            "Allow access through Amazon DynamoDB for all principals in the account that"
                + " are authorized to use Amazon DynamoDB");
  }

  @Test
  void sameUserCallingDirectly_isImplicitlyDeniedWithTheNearMissExplained() throws IOException {
    CliRun run =
        evaluate(
            """
        {"principal":"arn:aws:iam::111122223333:user/db-lead","action":"kms:Decrypt",
         "resource":"%s"}"""
                .formatted(KEY));

    assertThat(run.exitCode()).isZero();
    JsonNode decision = Json.mapper().readTree(run.out());
    assertThat(decision.get("decision").asText()).isEqualTo("IMPLICIT_DENY");
    assertThat(decision.get("reasons").findValuesAsText("key")).contains("kms:ViaService");
  }

  @Test
  void dynamoDbServicePrincipal_mayDescribeButNotDecrypt() throws IOException {
    String describe =
        """
        {"principal":"dynamodb.amazonaws.com","action":"kms:DescribeKey","resource":"%s"}"""
            .formatted(KEY);
    String decrypt = describe.replace("kms:DescribeKey", "kms:Decrypt");

    assertThat(Json.mapper().readTree(evaluate(describe).out()).get("decision").asText())
        .isEqualTo("ALLOW");
    assertThat(Json.mapper().readTree(evaluate(decrypt).out()).get("decision").asText())
        .isEqualTo("IMPLICIT_DENY");
  }

  @Test
  void requestWithoutAction_isAUsageErrorNamingTheField() throws IOException {
    CliRun run =
        evaluate(
            """
        {"principal":"arn:aws:iam::111122223333:user/db-lead","resource":"%s"}"""
                .formatted(KEY));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("request.json: field `action` is required");
    assertThat(run.err().strip()).doesNotContain("\n");
  }

  @Test
  void contextValueOfUnsupportedType_isAUsageErrorNamingTheKey() throws IOException {
    CliRun run =
        evaluate(
            """
        {"principal":"arn:aws:iam::111122223333:user/db-lead","action":"kms:Decrypt",
         "resource":"%s","context":{"kms:ViaService":{"nested":true}}}"""
                .formatted(KEY));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("field `context.kms:ViaService`: unsupported value type object");
  }

  @Test
  void malformedPrincipal_isAUsageError() throws IOException {
    CliRun run =
        evaluate(
            """
        {"principal":"db-lead","action":"kms:Decrypt","resource":"%s"}"""
                .formatted(KEY));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("field `principal`");
  }

  @Test
  void unparseableKeyPolicy_isAUsageErrorWithItsLocation() throws IOException {
    Path broken = write("broken.json", "{\"Statement\": [}");
    CliRun run =
        CliRun.of(
            "evaluate",
            "--key-policy",
            broken.toString(),
            "--request",
            write("r.json", "{}").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json:1:");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void missingRequestOption_isAUsageError() {
    CliRun run = CliRun.of("evaluate", "--key-policy", managedPolicy.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--request");
  }
}
