package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyMetadata;

/** The encrypted table store through the AWS SDK's DynamoDbClient, with the KMS beside it. */
class DynamoDbWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private DynamoDbClient ddb;
  private KmsClient kms;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    ddb = fixture.dynamoDb();
    kms = fixture.kms();
  }

  @AfterEach
  void stop() {
    ddb.close();
    kms.close();
    fixture.close();
  }

  @SuppressWarnings("unchecked") // the SDK builders take generic varargs of consumers
  private TableDescription createMusic(SSESpecification sse) {
    CreateTableRequest.Builder request =
        CreateTableRequest.builder()
            .tableName("Music")
            .attributeDefinitions(
                a -> a.attributeName("Artist").attributeType(ScalarAttributeType.S),
                a -> a.attributeName("SongTitle").attributeType(ScalarAttributeType.S))
            .keySchema(
                k -> k.attributeName("Artist").keyType(KeyType.HASH),
                k -> k.attributeName("SongTitle").keyType(KeyType.RANGE))
            .provisionedThroughput(p -> p.readCapacityUnits(10L).writeCapacityUnits(5L));
    if (sse != null) {
      request.sseSpecification(sse);
    }
    return ddb.createTable(request.build()).tableDescription();
  }

  private TableDescription describe() {
    return ddb.describeTable(r -> r.tableName("Music")).table();
  }

  private String newKey() {
    return kms.createKey(r -> r.description("table key")).keyMetadata().keyId();
  }

  private static Map<String, AttributeValue> song(String artist, String title) {
    return Map.of("Artist", AttributeValue.fromS(artist), "SongTitle", AttributeValue.fromS(title));
  }

  private void put(String artist, String title, String year) {
    Map<String, AttributeValue> item = new java.util.HashMap<>(song(artist, title));
    item.put("Year", AttributeValue.fromN(year));
    ddb.putItem(r -> r.tableName("Music").item(item));
  }

  @Test
  void createTableWithoutSse_usesTheAwsOwnedKeyAndShowsNoSseDescription() {
    TableDescription created = createMusic(null);

    assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
    assertThat(created.sseDescription()).isNull();
    assertThat(describe().tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(describe().sseDescription()).isNull();
  }

  @Test
  void createTableWithSseEnabled_usesTheAwsManagedKey() {
    TableDescription created =
        createMusic(SSESpecification.builder().enabled(true).sseType(SSEType.KMS).build());

    assertThat(created.sseDescription().statusAsString()).isEqualTo("ENABLED");
    assertThat(created.sseDescription().sseTypeAsString()).isEqualTo("KMS");
    String arn = created.sseDescription().kmsMasterKeyArn();
    KeyMetadata managed = kms.describeKey(r -> r.keyId(arn)).keyMetadata();
    assertThat(managed.keyManagerAsString()).isEqualTo("AWS");
    assertThat(kms.describeKey(r -> r.keyId("alias/aws/dynamodb")).keyMetadata().arn())
        .isEqualTo(arn);
  }

  @Test
  void createTableWithCustomerManagedKeyId_reportsTheFullKeyArn() {
    String keyId = newKey();

    TableDescription created =
        createMusic(
            SSESpecification.builder()
                .enabled(true)
                .sseType(SSEType.KMS)
                .kmsMasterKeyId(keyId)
                .build());

    assertThat(created.sseDescription().kmsMasterKeyArn())
        .isEqualTo("arn:aws:kms:us-west-2:111122223333:key/" + keyId);
    assertThat(kms.listGrants(r -> r.keyId(keyId)).grants())
        .singleElement()
        .satisfies(
            g -> assertThat(g.granteePrincipal()).isEqualTo("dynamodb.us-west-2.amazonaws.com"));
  }

  @Test
  void createTableWithKeyIdButNoSseType_failsWithValidation() {
    String keyId = newKey();

    assertThatThrownBy(
            () ->
                createMusic(SSESpecification.builder().enabled(true).kmsMasterKeyId(keyId).build()))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
        .hasMessageContaining("SSEType KMS is required if KMSMasterKeyId is specified");
  }

  @Test
  void createExistingTable_failsWithResourceInUse() {
    createMusic(null);

    assertThatThrownBy(() -> createMusic(null)).isInstanceOf(ResourceInUseException.class);
  }

  @Test
  void updateTableFromCustomerManagedKeyToOwnedKey_passesThroughUpdating() {
    String keyId = newKey();
    createMusic(
        SSESpecification.builder()
            .enabled(true)
            .sseType(SSEType.KMS)
            .kmsMasterKeyId(keyId)
            .build());
    describe();

    TableDescription updating =
        ddb.updateTable(r -> r.tableName("Music").sseSpecification(s -> s.enabled(false)))
            .tableDescription();

    assertThat(updating.tableStatus()).isEqualTo(TableStatus.UPDATING);
    assertThat(updating.sseDescription().statusAsString()).isEqualTo("UPDATING");
    assertThat(updating.sseDescription().kmsMasterKeyArn()).endsWith(keyId);
    assertThat(describe().sseDescription()).isNull();
    assertThat(describe().tableStatus()).isEqualTo(TableStatus.ACTIVE);
  }

  @Test
  void updateTableFromOwnedKeyToCustomerManagedKey_endsEnabledOnThatKey() {
    createMusic(null);
    put("Acme", "Kept", "2020");
    String keyId = newKey();

    ddb.updateTable(
        r ->
            r.tableName("Music")
                .sseSpecification(s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(keyId)));

    assertThat(describe().sseDescription().statusAsString()).isEqualTo("ENABLED");
    assertThat(describe().sseDescription().kmsMasterKeyArn()).endsWith(keyId);
    assertThat(ddb.getItem(r -> r.tableName("Music").key(song("Acme", "Kept"))).item())
        .containsEntry("Year", AttributeValue.fromN("2020"));
  }

  @Test
  void tableWhoseKeyIsDisabled_becomesInaccessibleOnceTheCachedKeyExpires() {
    String keyId = newKey();
    createMusic(
        SSESpecification.builder()
            .enabled(true)
            .sseType(SSEType.KMS)
            .kmsMasterKeyId(keyId)
            .build());
    put("Acme", "First", "2001");
    kms.disableKey(r -> r.keyId(keyId));

    fixture.advanceDays(1);

    assertThatThrownBy(() -> ddb.getItem(r -> r.tableName("Music").key(song("Acme", "First"))))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"))
        .hasMessageContaining("KMS key access denied error");
    TableDescription table = describe();
    assertThat(table.tableStatusAsString()).isEqualTo("INACCESSIBLE_ENCRYPTION_CREDENTIALS");
    assertThat(table.sseDescription().inaccessibleEncryptionDateTime()).isNotNull();
  }

  @Test
  void tableInaccessibleForMoreThanSevenDays_isArchivedWithABackup() {
    String keyId = newKey();
    createMusic(
        SSESpecification.builder()
            .enabled(true)
            .sseType(SSEType.KMS)
            .kmsMasterKeyId(keyId)
            .build());
    put("Acme", "First", "2001");
    kms.disableKey(r -> r.keyId(keyId));
    fixture.advanceDays(1);
    assertThatThrownBy(() -> ddb.getItem(r -> r.tableName("Music").key(song("Acme", "First"))))
        .isInstanceOf(DynamoDbException.class);

    fixture.advanceDays(8);
    describe();

    TableDescription archived = describe();
    assertThat(archived.tableStatusAsString()).isEqualTo("ARCHIVED");
    assertThat(archived.archivalSummary().archivalReason())
        .isEqualTo("INACCESSIBLE_ENCRYPTION_CREDENTIALS");
    assertThat(archived.archivalSummary().archivalBackupArn()).contains(":table/Music/backup/");
  }

  @Test
  void putGetAndQuery_roundTripTypedItems() {
    createMusic(SSESpecification.builder().enabled(true).build());
    put("Acme", "Alpha", "1999");
    put("Acme", "Beta", "2004");
    put("Other", "Gamma", "2010");
    ddb.putItem(
        r ->
            r.tableName("Music")
                .item(
                    Map.of(
                        "Artist",
                        AttributeValue.fromS("Bin"),
                        "SongTitle",
                        AttributeValue.fromS("Blob"),
                        "Cover",
                        AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {1, 2, 3})),
                        "Tags",
                        AttributeValue.fromSs(java.util.List.of("x", "y")))));

    var got = ddb.getItem(r -> r.tableName("Music").key(song("Bin", "Blob"))).item();
    var query =
        ddb.query(
            r ->
                r.tableName("Music")
                    .keyConditionExpression("Artist = :a AND begins_with(SongTitle, :p)")
                    .expressionAttributeValues(
                        Map.of(
                            ":a", AttributeValue.fromS("Acme"), ":p", AttributeValue.fromS("B"))));

    assertThat(got.get("Cover").b().asByteArray()).containsExactly(1, 2, 3);
    assertThat(got.get("Tags").ss()).containsExactlyInAnyOrder("x", "y");
    assertThat(query.count()).isEqualTo(1);
    assertThat(query.items().get(0).get("Year").n()).isEqualTo("2004");
  }

  @Test
  void getMissingItem_returnsNoItem() {
    createMusic(null);

    assertThat(ddb.getItem(r -> r.tableName("Music").key(song("No", "One"))).hasItem()).isFalse();
  }

  @Test
  void conditionalPutOnExistingItem_failsWithConditionalCheckFailed() {
    createMusic(null);
    put("Acme", "Alpha", "1999");

    assertThatThrownBy(
            () ->
                ddb.putItem(
                    r ->
                        r.tableName("Music")
                            .item(song("Acme", "Alpha"))
                            .conditionExpression("attribute_not_exists(Artist)")))
        .isInstanceOf(ConditionalCheckFailedException.class);
  }

  @Test
  void updateItem_setsAttributesAndReturnsTheNewItem() {
    createMusic(null);
    put("Acme", "Alpha", "1999");

    var updated =
        ddb.updateItem(
            r ->
                r.tableName("Music")
                    .key(song("Acme", "Alpha"))
                    .updateExpression("SET #y = :y")
                    .expressionAttributeNames(Map.of("#y", "Year"))
                    .expressionAttributeValues(Map.of(":y", AttributeValue.fromN("2000")))
                    .returnValues("UPDATED_NEW"));

    assertThat(updated.attributes())
        .containsExactly(Map.entry("Year", AttributeValue.fromN("2000")));
  }

  @Test
  void updateItem_withUpdatedOld_returnsTheNamedAttributesAsTheyWere_evenIfUnchanged() {
    createMusic(null);
    put("Acme", "Alpha", "1999");

    var updated =
        ddb.updateItem(
            r ->
                r.tableName("Music")
                    .key(song("Acme", "Alpha"))
                    .updateExpression("SET #y = :y")
                    .expressionAttributeNames(Map.of("#y", "Year"))
                    .expressionAttributeValues(Map.of(":y", AttributeValue.fromN("1999")))
                    .returnValues("UPDATED_OLD"));

    assertThat(updated.attributes())
        .containsExactly(Map.entry("Year", AttributeValue.fromN("1999")));
  }

  @Test
  void deleteItem_withAllOld_returnsTheDeletedItem() {
    createMusic(null);
    put("Acme", "Alpha", "1999");

    var deleted =
        ddb.deleteItem(
            r -> r.tableName("Music").key(song("Acme", "Alpha")).returnValues("ALL_OLD"));

    assertThat(deleted.attributes()).containsEntry("Year", AttributeValue.fromN("1999"));
    assertThat(ddb.scan(r -> r.tableName("Music")).count()).isZero();
  }

  @Test
  @SuppressWarnings("unchecked") // the SDK builders take generic varargs of consumers
  void batchWriteThenBatchGet_findsEveryItem() {
    createMusic(null);
    ddb.batchWriteItem(
        r ->
            r.requestItems(
                Map.of(
                    "Music",
                    java.util.List.of(
                        software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                            .putRequest(p -> p.item(song("A", "1")))
                            .build(),
                        software.amazon.awssdk.services.dynamodb.model.WriteRequest.builder()
                            .putRequest(p -> p.item(song("A", "2")))
                            .build()))));

    var got =
        ddb.batchGetItem(
            r ->
                r.requestItems(
                    Map.of(
                        "Music",
                        software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder()
                            .keys(song("A", "1"), song("A", "2"))
                            .build())));

    assertThat(got.responses().get("Music")).hasSize(2);
  }

  @Test
  void itemOperationOnMissingTable_failsWithResourceNotFound() {
    assertThatThrownBy(() -> ddb.getItem(r -> r.tableName("Nope").key(song("a", "b"))))
        .isInstanceOf(ResourceNotFoundException.class);
  }

  @Test
  void listAndDeleteTables() {
    createMusic(null);
    assertThat(ddb.listTables().tableNames()).containsExactly("Music");

    assertThat(ddb.deleteTable(r -> r.tableName("Music")).tableDescription().tableStatusAsString())
        .isEqualTo("DELETING");
    assertThat(ddb.listTables().tableNames()).isEmpty();
  }

  @Test
  void backup_canBeDescribedListedRestoredUnderAnotherKeyAndDeleted() {
    createMusic(SSESpecification.builder().enabled(true).build());
    put("Acme", "Alpha", "1999");
    String cmk = newKey();

    var details = ddb.createBackup(r -> r.tableName("Music").backupName("nightly")).backupDetails();
    var described = ddb.describeBackup(r -> r.backupArn(details.backupArn())).backupDescription();
    assertThat(described.sourceTableDetails().itemCount()).isEqualTo(1L);
    assertThat(described.sourceTableFeatureDetails().sseDescription().sseTypeAsString())
        .isEqualTo("KMS");
    assertThat(ddb.listBackups(r -> r.tableName("Music")).backupSummaries()).hasSize(1);

    var restored =
        ddb.restoreTableFromBackup(
                r ->
                    r.targetTableName("MusicCopy")
                        .backupArn(details.backupArn())
                        .sseSpecificationOverride(
                            s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(cmk)))
            .tableDescription();
    assertThat(restored.sseDescription().kmsMasterKeyArn()).endsWith(cmk);
    assertThat(ddb.getItem(r -> r.tableName("MusicCopy").key(song("Acme", "Alpha"))).item())
        .containsKey("Year");

    ddb.deleteBackup(r -> r.backupArn(details.backupArn()));
    assertThat(ddb.listBackups(r -> r.tableName("Music")).backupSummaries()).isEmpty();
  }

  @Test
  void trail_showsDynamoDbCallingKmsOnTheCallersBehalf() {
    String keyId = newKey();
    createMusic(
        SSESpecification.builder()
            .enabled(true)
            .sseType(SSEType.KMS)
            .kmsMasterKeyId(keyId)
            .build());

    JsonNode grant = null;
    for (JsonNode record : fixture.trail().get("Records")) {
      if (record.get("eventName").asText().equals("CreateGrant")) {
        grant = record;
      }
    }
    assertThat(grant).isNotNull();
    assertThat(grant.at("/userIdentity/arn").asText())
        .isEqualTo("arn:aws:iam::111122223333:user/test");
    assertThat(grant.at("/userIdentity/invokedBy").asText()).isEqualTo("dynamodb.amazonaws.com");
  }

  @Test
  void trail_recordsDynamoDbsOwnControlPlaneCallWithTheCallersAccessKey() {
    createMusic(SSESpecification.builder().enabled(true).build());

    JsonNode create = null;
    for (JsonNode record : fixture.trail().get("Records")) {
      if (record.get("eventSource").asText().equals("dynamodb.amazonaws.com")
          && record.get("eventName").asText().equals("CreateTable")) {
        create = record;
      }
    }
    assertThat(create).as("a CreateTable record from dynamodb.amazonaws.com").isNotNull();
    assertThat(create.at("/userIdentity/arn").asText())
        .isEqualTo("arn:aws:iam::111122223333:user/test");
    assertThat(create.at("/requestParameters/sSESpecification/enabled").asBoolean()).isTrue();
  }

  @Test
  void listTables_byCallerAllowedOnlyKms_isRefused() {
    createMusic(null);
    try (DynamoDbClient alice = fixture.dynamoDb("AKIAALICE", "alice-secret")) {
      assertThatThrownBy(alice::listTables)
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException"))
          .hasMessageContaining(
              "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: dynamodb:ListTables");
    }
  }
}
