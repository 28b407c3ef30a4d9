package io.atrest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  private Path seedPolicy(String name) throws IOException {
    return write(name, Fixtures.text("policies/" + name));
  }

  @Test
  void seedPolicies_haveNoErrorAndExitZero() throws IOException {
    CliRun run =
        CliRun.of(
            "validate",
            seedPolicy("aws-managed-dynamodb.json").toString(),
            seedPolicy("customer-managed-dynamodb.json").toString(),
            seedPolicy("cloudformation-dynamodb.json").toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).doesNotContain(" ERROR ").contains("3 files");
  }

  @Test
  void notJson_isAnErrorFindingWithLineAndColumn_andExitsOne() throws IOException {
    Path file = write("broken.json", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}\n");

    CliRun run = CliRun.of("validate", "--format", "json", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode finding = Json.mapper().readTree(run.out()).at("/files/0/findings/0");
    assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
    assertThat(finding.get("code").asText()).isEqualTo("INVALID_JSON");
    assertThat(finding.get("line").asInt()).isEqualTo(4);
    assertThat(finding.get("column").asInt()).isPositive();
  }

  @Test
  void jsonFormat_hasTheContractShape() throws IOException {
    Path file =
        write(
            "public.json",
            """
        {"Version":"2012-10-17","Statement":[{"Sid":"Open","Effect":"Allow",
          "Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}""");

    CliRun run = CliRun.of("validate", "--format", "json", file.toString());

    JsonNode root = Json.mapper().readTree(run.out());
    assertThat(root.at("/files/0/file").asText()).isEqualTo(file.toString());
    JsonNode finding = root.at("/files/0/findings").findParent("code");
    assertThat(finding).isNotNull();
    assertThat(finding.fieldNames())
        .toIterable()
        .containsExactly("severity", "code", "message", "pointer", "line", "column");
  }

  @Test
  void failOnSecurity_failsOnPublicAccess_whileDefaultPasses() throws IOException {
    Path file =
        write(
            "public.json",
            """
        {"Version":"2012-10-17","Statement":[
          {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
          {"Effect":"Allow","Principal":"*","Action":"kms:Decrypt","Resource":"*"}]}""");

    assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
    CliRun strict = CliRun.of("validate", "--fail-on", "security", file.toString());
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.out()).contains("SECURITY_WARNING PUBLIC_ACCESS");
  }

  @Test
  void sarif_hasRulesAndARegionPerResult() throws IOException {
    Path file =
        write(
            "bad.json",
            """
        {"Version":"2012-10-17","Statement":[
          {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":"kms:*","Resource":"*"},
          {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:role/app"},"Action":"kms:Decryptt","Resource":"*"}]}""");

    CliRun run = CliRun.of("validate", "--format", "sarif", file.toString());

    JsonNode log = Json.mapper().readTree(run.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    assertThat(rules.isArray()).isTrue();
    assertThat(log.at("/runs/0/results")).hasSize(1);
    JsonNode result = log.at("/runs/0/results/0");
    assertThat(result.get("ruleId").asText()).isEqualTo("UNKNOWN_KMS_ACTION");
    assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText())
        .isEqualTo("UNKNOWN_KMS_ACTION");
    assertThat(result.get("level").asText()).isEqualTo("error");
    JsonNode region = result.at("/locations/0/physicalLocation/region");
    assertThat(region.get("startLine").asInt()).isEqualTo(3);
    assertThat(region.get("startColumn").asInt()).isPositive();
  }

  @Test
  void missingFile_isAUsageErrorWithOneLineAndNoStackTrace() {
    CliRun run = CliRun.of("validate", dir.resolve("nope.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).contains("nope.json: no such file").doesNotContain("\n");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void unknownFailOnLevel_isAUsageError() throws IOException {
    CliRun run =
        CliRun.of(
            "validate", "--fail-on", "fatal", seedPolicy("aws-managed-dynamodb.json").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown --fail-on level `fatal`");
  }

  @Test
  void noFile_isAUsageError() {
    CliRun run = CliRun.of("validate");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("FILE");
  }
}
