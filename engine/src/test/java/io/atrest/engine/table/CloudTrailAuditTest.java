package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.engine.table.error.ResourceInUseException;
import io.atrest.engine.table.error.ResourceNotFoundException;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailResource;
import io.atrest.engine.trail.TrailSchemas;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CloudTrailAuditTest {
  private static final TrailSchemas SCHEMAS = TrailSchemas.fromClasspath();
  private final KmsBed bed = new KmsBed();

  private TrailEvent last(String name) {
    return bed.last(TrailEvent.DYNAMODB, name);
  }

  @Test
  void createTable_isRecordedByDynamoDbWithTheTableAsResource() {
    bed.createBooks(SseSpecification.awsManaged());
    TrailEvent e = last("CreateTable");
    assertThat(e.eventSource()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(e.readOnly()).contains(false);
    assertThat(e.resources())
        .containsExactly(
            TrailResource.dynamodbTable("arn:aws:dynamodb:us-west-2:111122223333:table/Books"));
  }

  @Test
  void createTable_recordsTheCallersIdentityWithoutInvokedBy() {
    bed.createBooks(SseSpecification.awsManaged());
    JsonNode identity = last("CreateTable").toJson().path("userIdentity");
    assertThat(identity.path("type").asText()).isEqualTo("IAMUser");
    assertThat(identity.path("arn").asText()).isEqualTo("arn:aws:iam::111122223333:user/alice");
    assertThat(identity.has("invokedBy")).isFalse();
  }

  @Test
  void createTable_logsSseSpecificationInCloudTrailsCamelCase() {
    String key = bed.createKey();
    bed.createBooks(SseSpecification.customerManaged(key));
    JsonNode sse = last("CreateTable").toJson().path("requestParameters").path("sSESpecification");
    assertThat(sse.path("enabled").asBoolean()).isTrue();
    assertThat(sse.path("sSEType").asText()).isEqualTo("KMS");
    assertThat(sse.path("kMSMasterKeyId").asText()).isEqualTo(key);
  }

  @Test
  void createTable_responseCarriesSseDescriptionWithKeyArn() {
    String key = bed.createKey();
    bed.createBooks(SseSpecification.customerManaged(key));
    JsonNode sse =
        last("CreateTable")
            .toJson()
            .path("responseElements")
            .path("tableDescription")
            .path("sSEDescription");
    assertThat(sse.path("status").asText()).isEqualTo("ENABLED");
    assertThat(sse.path("sSEType").asText()).isEqualTo("KMS");
    assertThat(sse.path("kMSMasterKeyArn").asText()).isEqualTo(key);
  }

  @Test
  void payloadDates_areRenderedAsCloudTrailText() {
    bed.createBooks(SseSpecification.disabled());
    JsonNode description =
        last("CreateTable").toJson().path("responseElements").path("tableDescription");
    assertThat(description.path("creationDateTime").asText()).isEqualTo("Jan 5, 2026, 10:00:00 AM");
  }

  @Test
  void awsOwnedKeyTable_hasNoSseDescriptionInTheResponse() {
    bed.createBooks(SseSpecification.disabled());
    JsonNode description =
        last("CreateTable").toJson().path("responseElements").path("tableDescription");
    assertThat(description.has("sSEDescription")).isFalse();
  }

  @Test
  void describeTable_isReadOnlyWithNullResponseElements() {
    bed.createBooks(SseSpecification.awsManaged());
    JsonNode json = last("DescribeTable").toJson();
    assertThat(json.path("readOnly").asBoolean()).isTrue();
    assertThat(json.path("responseElements").isNull()).isTrue();
    assertThat(json.path("requestParameters").path("tableName").asText()).isEqualTo("Books");
  }

  @Test
  void updateTable_responseShowsTheSwitchInProgress() {
    String oldKey = bed.createKey();
    bed.createBooks(SseSpecification.customerManaged(oldKey));
    bed.db.updateTable(UpdateTableRequest.sse(bed.alice(), "Books", SseSpecification.disabled()));
    JsonNode json = last("UpdateTable").toJson();
    assertThat(json.path("requestParameters").path("sSESpecification").path("enabled").asBoolean())
        .isFalse();
    JsonNode sse = json.path("responseElements").path("tableDescription").path("sSEDescription");
    assertThat(sse.path("status").asText()).isEqualTo("UPDATING");
    assertThat(sse.path("kMSMasterKeyArn").asText()).isEqualTo(oldKey);
  }

  @Test
  void listTables_isRecordedAsAReadWithoutATableResource() {
    bed.createBooks(SseSpecification.awsManaged());
    bed.db.listTables(bed.alice());
    TrailEvent e = last("ListTables");
    assertThat(e.toJson().path("readOnly").asBoolean()).isTrue();
    assertThat(e.toJson().path("responseElements").isNull()).isTrue();
    assertThat(SCHEMAS.validate(e)).isEmpty();
  }

  @Test
  void refusedCreateTable_isRecordedWithErrorCodeAndMessage() {
    bed.createBooks(SseSpecification.awsManaged());
    assertThatThrownBy(() -> bed.db.createTable(bed.books().build()))
        .isInstanceOf(ResourceInUseException.class);
    TrailEvent e = last("CreateTable");
    assertThat(e.errorCode()).contains("ResourceInUseException");
    assertThat(e.errorMessage()).contains("Table already exists: Books");
    assertThat(e.toJson().path("responseElements").isNull()).isTrue();
  }

  @Test
  void describeOfAMissingTable_isRecordedAsResourceNotFound() {
    assertThatThrownBy(() -> bed.db.describeTable(bed.alice(), "Nope"))
        .isInstanceOf(ResourceNotFoundException.class);
    assertThat(last("DescribeTable").errorCode()).contains("ResourceNotFoundException");
  }

  @Test
  void kmsMasterKeyIdWithoutSseType_isRecordedAsSentAndRefused() {
    SseSpecification bad =
        new SseSpecification(Optional.of(true), Optional.empty(), Optional.of("alias/x"));
    assertThatThrownBy(() -> bed.db.createTable(bed.books().sse(bad).build()));
    TrailEvent e = last("CreateTable");
    assertThat(e.errorMessage()).contains("SSEType KMS is required if KMSMasterKeyId is specified");
    assertThat(e.toJson().path("requestParameters").path("sSESpecification").has("sSEType"))
        .isFalse();
    assertThat(SCHEMAS.validate(e)).isEmpty();
  }

  @Test
  void backupCalls_areRecorded() {
    bed.createBooks(SseSpecification.awsManaged());
    String arn = bed.db.backups().createBackup(bed.alice(), "Books", "nightly").backupArn();
    bed.db.backups().describeBackup(bed.alice(), arn);
    bed.db.backups().listBackups(bed.alice(), Optional.of("Books"));
    bed.db
        .backups()
        .restoreTableFromBackup(
            bed.alice(), "Books2", arn, Optional.of(SseSpecification.disabled()));
    bed.db.backups().deleteBackup(bed.alice(), arn);
    assertThat(
            last("CreateBackup")
                .toJson()
                .path("responseElements")
                .path("backupDetails")
                .path("backupArn")
                .asText())
        .isEqualTo(arn);
    assertThat(last("DescribeBackup").readOnly()).contains(true);
    assertThat(last("ListBackups").readOnly()).contains(true);
    assertThat(
            last("RestoreTableFromBackup")
                .toJson()
                .path("requestParameters")
                .path("sSESpecificationOverride")
                .path("enabled")
                .asBoolean(true))
        .isFalse();
    assertThat(last("DeleteBackup").resources())
        .containsExactly(
            TrailResource.dynamodbTable("arn:aws:dynamodb:us-west-2:111122223333:table/Books"));
  }

  @Test
  void everyRecordOfATableLifecycle_validatesAgainstTheSchemas() {
    String key = bed.createKey();
    bed.createBooks(SseSpecification.customerManaged(key));
    bed.put("b1");
    bed.db.updateTable(UpdateTableRequest.sse(bed.alice(), "Books", SseSpecification.awsManaged()));
    String arn = bed.db.backups().createBackup(bed.alice(), "Books", "b").backupArn();
    bed.db.backups().restoreTableFromBackup(bed.alice(), "Books2", arn, Optional.empty());
    bed.db.backups().deleteBackup(bed.alice(), arn);
    bed.db.deleteTable(bed.alice(), "Books");
    assertThatThrownBy(() -> bed.db.deleteTable(bed.alice(), "Books"));
    assertThat(bed.trail.events())
        .allSatisfy(e -> assertThat(SCHEMAS.validate(e)).as(e.toString()).isEmpty());
    assertThat(bed.events(TrailEvent.DYNAMODB, "DeleteTable")).hasSize(2);
  }
}
