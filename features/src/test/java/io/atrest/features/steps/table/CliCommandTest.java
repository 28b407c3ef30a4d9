package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliCommandTest {

  private static final String SEED_CREATE_TABLE =
      "aws dynamodb create-table \\ --table-name Music \\ --attribute-definitions \\"
          + " AttributeName=Artist,AttributeType=S \\ AttributeName=SongTitle,AttributeType=S \\ --key-schema \\"
          + " AttributeName=Artist,KeyType=HASH \\ AttributeName=SongTitle,KeyType=RANGE \\"
          + " --provisioned-throughput \\ ReadCapacityUnits=10,WriteCapacityUnits=5 \\"
          + " --sse-specification Enabled=true,SSEType=KMS";

  @Test
  void seedCommandWithFlattenedContinuations_parsesIntoOptionsAndValues() {
    CliCommand cli = CliCommand.parse(SEED_CREATE_TABLE);
    assertThat(cli.operation()).isEqualTo("create-table");
    assertThat(cli.required("table-name")).isEqualTo("Music");
    assertThat(cli.values("attribute-definitions"))
        .containsExactly(
            "AttributeName=Artist,AttributeType=S", "AttributeName=SongTitle,AttributeType=S");
    assertThat(cli.value("sse-specification")).contains("Enabled=true,SSEType=KMS");
  }

  @Test
  void multiLineCommandWithContinuations_parsesLikeOneLine() {
    CliCommand cli =
        CliCommand.parse(
            "aws dynamodb update-table \\\n  --table-name Music \\\n  --sse-specification Enabled=false\n");
    assertThat(cli.operation()).isEqualTo("update-table");
    assertThat(cli.value("sse-specification")).contains("Enabled=false");
  }

  @Test
  void quotedValue_keepsItsSpaces() {
    CliCommand cli =
        CliCommand.parse("aws dynamodb create-backup --table-name Music --backup-name 'my backup'");
    assertThat(cli.required("backup-name")).isEqualTo("my backup");
  }

  @Test
  void commandOfAnotherService_isRejected() {
    assertThatThrownBy(() -> CliCommand.parse("aws kms create-key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aws dynamodb OPERATION");
  }

  @Test
  void optionGivenTwice_isRejected() {
    assertThatThrownBy(
            () -> CliCommand.parse("aws dynamodb describe-table --table-name A --table-name B"))
        .hasMessageContaining("--table-name")
        .hasMessageContaining("twice");
  }

  @Test
  void missingRequiredOption_namesIt() {
    CliCommand cli = CliCommand.parse("aws dynamodb describe-table");
    assertThatThrownBy(() -> cli.required("table-name")).hasMessageContaining("--table-name");
  }

  @Test
  void unsupportedOption_isRejectedByName() {
    CliCommand cli =
        CliCommand.parse(
            "aws dynamodb update-table --table-name Music --stream-specification StreamEnabled=true");
    assertThatThrownBy(() -> cli.requireOnly(List.of("table-name", "sse-specification")))
        .hasMessageContaining("--stream-specification");
  }

  @Test
  void unclosedQuote_isRejected() {
    assertThatThrownBy(() -> CliCommand.parse("aws dynamodb describe-table --table-name 'Music"))
        .hasMessageContaining("unclosed quote");
  }

  @Test
  void shorthand_isReadAsNameValuePairs() {
    assertThat(CliCommand.shorthand("ReadCapacityUnits=10,WriteCapacityUnits=5"))
        .isEqualTo(Map.of("ReadCapacityUnits", "10", "WriteCapacityUnits", "5"));
  }

  @Test
  void shorthandMemberWithoutValue_isRejected() {
    assertThatThrownBy(() -> CliCommand.shorthand("Enabled")).hasMessageContaining("NAME=VALUE");
  }
}
