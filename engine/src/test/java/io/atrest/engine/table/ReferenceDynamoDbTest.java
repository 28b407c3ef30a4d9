package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.ResourceInUseException;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.sse.SseStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceDynamoDbTest {
  private final TableFixture f = new TableFixture();

  @Test
  void createTableWithoutSse_usesOwnedKeyAndHasNoSseDescription() {
    TableDescription d = f.db.createTable(TableFixture.music(f.alice).build());
    assertThat(d.sseDescription()).isEmpty();
    assertThat(f.kms.calls()).isEmpty();
  }

  @Test
  void createTable_isCreatingThenActiveAtNextCall() {
    TableDescription d = f.db.createTable(TableFixture.music(f.alice).build());
    assertThat(d.tableStatus()).isEqualTo(TableStatus.CREATING);
    assertThat(f.db.describeTable(f.alice, "Music").tableStatus()).isEqualTo(TableStatus.ACTIVE);
  }

  @Test
  void createTableWithEnabledFalse_hasNoSseDescription() {
    assertThat(f.createMusic(SseSpecification.disabled()).sseDescription()).isEmpty();
  }

  @Test
  void createTableWithCustomerKeyById_describesFullKeyArn() {
    String arn = f.kms.createKey();
    String id = arn.substring(arn.indexOf("key/") + 4);
    TableDescription d = f.createMusic(SseSpecification.customerManaged(id));
    assertThat(d.sseDescription()).contains(SseDescription.enabled(arn));
  }

  @Test
  void createTableWithCustomerKeyByAlias_describesFullKeyArn() {
    String arn = f.kms.createKey();
    f.kms.alias("alias/dynamodb-cmk", arn);
    TableDescription d = f.createMusic(SseSpecification.customerManaged("alias/dynamodb-cmk"));
    assertThat(d.sseDescription().flatMap(SseDescription::kmsMasterKeyArn)).contains(arn);
  }

  @Test
  void createTableWithEnabledTrue_usesAwsManagedKeyCreatedOnFirstUse() {
    TableDescription d = f.createMusic(SseSpecification.awsManaged());
    assertThat(d.sseDescription().map(SseDescription::status)).contains(SseStatus.ENABLED);
    assertThat(d.sseDescription().flatMap(SseDescription::sseType)).contains("KMS");
    assertThat(d.sseDescription().flatMap(SseDescription::kmsMasterKeyArn).orElseThrow())
        .startsWith("arn:aws:kms:us-west-2:111122223333:key/");
  }

  @Test
  void createTableWithCustomerKey_describesKeyCreatesGrantThenGeneratesTableKeyAsService() {
    String arn = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(arn));
    assertThat(f.kms.calls().subList(0, 3))
        .extracting(TestKms.Call::operation)
        .containsExactly("DescribeKey", "CreateGrant", "GenerateDataKey");
    assertThat(f.kms.calls().get(1).caller().invokedBy()).contains("dynamodb.amazonaws.com");
    assertThat(f.kms.calls().get(2).caller().isServicePrincipal()).isTrue();
  }

  @Test
  void createTableWithUnknownKey_failsWithKmsValidationError() {
    assertThatThrownBy(() -> f.createMusic(SseSpecification.customerManaged("alias/nope")))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(
            "KMS validation error: com.amazonaws.services.kms.model.NotFoundException: Key"
                + " 'alias/nope' does not exist");
  }

  @Test
  void createTableWithAsymmetricKey_fails() {
    String arn = f.kms.createAsymmetricKey();
    assertThatThrownBy(() -> f.createMusic(SseSpecification.customerManaged(arn)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("not a symmetric encryption key");
  }

  @Test
  void createTableWithKeyTheCallerMayNotUse_failsWithAccessDenied() {
    String arn = f.kms.createKey();
    f.kms.deny(f.alice.principal().arn());
    assertThatThrownBy(() -> f.createMusic(SseSpecification.customerManaged(arn)))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageStartingWith("KMS key access denied error: ");
  }

  @Test
  void createTableWithKeyIdButNoSseType_fails() {
    SseSpecification spec =
        new SseSpecification(Optional.of(true), Optional.empty(), Optional.of("alias/x"));
    assertThatThrownBy(() -> f.createMusic(spec))
        .isInstanceOf(ValidationException.class)
        .hasMessage("SSEType KMS is required if KMSMasterKeyId is specified");
  }

  @Test
  void createExistingTable_failsWithResourceInUse() {
    f.createMusic(SseSpecification.disabled());
    assertThatThrownBy(() -> f.createMusic(SseSpecification.disabled()))
        .isInstanceOf(ResourceInUseException.class)
        .hasMessage("Table already exists: Music");
  }

  @Test
  void createTableWithShortName_fails() {
    assertThatThrownBy(
            () ->
                f.db.createTable(
                    CreateTableRequest.builder(f.alice, "ab")
                        .attribute("k", io.atrest.engine.table.schema.ScalarType.S)
                        .key("k", io.atrest.engine.table.schema.KeyType.HASH)
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("Invalid table/index name.");
  }

  @Test
  void payPerRequestWithThroughput_fails() {
    assertThatThrownBy(
            () ->
                f.db.createTable(
                    TableFixture.music(f.alice).billingMode(BillingMode.PAY_PER_REQUEST).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("when BillingMode is PAY_PER_REQUEST");
  }

  @Test
  void describeMissingTable_failsWithResourceNotFound() {
    assertThatThrownBy(() -> f.db.describeTable(f.alice, "Nope"))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessage("Requested resource not found: Table: Nope not found");
  }

  @Test
  void deleteTable_retiresGrantAsDynamoDb() {
    String arn = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(arn));
    f.db.deleteTable(f.alice, "Music");
    assertThat(f.kms.liveGrants()).isEmpty();
    assertThat(f.kms.calls()).extracting(TestKms.Call::operation).contains("RetireGrant");
    assertThat(f.db.listTables()).isEmpty();
  }

  @Test
  void updateTableWithoutSseChange_leavesSseDescriptionUnchanged() {
    String arn = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(arn));
    TableDescription d =
        f.db.updateTable(
            new UpdateTableRequest(
                f.alice, "Music", Optional.empty(), Optional.of(BillingMode.PAY_PER_REQUEST)));
    assertThat(d.sseDescription()).contains(SseDescription.enabled(arn));
  }
}
