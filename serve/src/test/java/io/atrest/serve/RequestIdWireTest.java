package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.CreateKeyResponse;
import software.amazon.awssdk.services.kms.model.KmsException;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * The {@code x-amzn-RequestId} of a response is the {@code requestID} of the CloudTrail record the
 * request made, as in AWS; a request refused before the engine still gets one.
 */
class RequestIdWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;
  private KmsClient kms;
  private DynamoDbClient ddb;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
    kms = fixture.kms();
    ddb = fixture.dynamoDb();
  }

  @AfterEach
  void stop() {
    kms.close();
    ddb.close();
    fixture.close();
  }

  private List<JsonNode> records(String source, String eventName) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode r : fixture.trail().get("Records")) {
      if (r.get("eventSource").asText().equals(source)
          && r.get("eventName").asText().equals(eventName)) {
        out.add(r);
      }
    }
    return out;
  }

  private List<String> allRequestIds() {
    List<String> ids = new ArrayList<>();
    fixture.trail().get("Records").forEach(r -> ids.add(r.path("requestID").asText()));
    return ids;
  }

  @Test
  void kmsSuccess_requestIdIsTheRecordsRequestId() {
    CreateKeyResponse created = kms.createKey(r -> r.description("ids"));

    List<JsonNode> records = records("kms.amazonaws.com", "CreateKey");
    assertThat(records).hasSize(1);
    assertThat(created.responseMetadata().requestId())
        .isEqualTo(records.get(0).get("requestID").asText());
  }

  @Test
  void kmsError_requestIdIsTheFailedRecordsRequestId() {
    NotFoundException e =
        catchThrowableOfType(
            () -> kms.describeKey(r -> r.keyId("11111111-2222-3333-4444-555555555555")),
            NotFoundException.class);

    List<JsonNode> records = records("kms.amazonaws.com", "DescribeKey");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("errorCode").asText()).isEqualTo("NotFoundException");
    assertThat(e.requestId()).isEqualTo(records.get(0).get("requestID").asText());
  }

  @Test
  void dynamoDbSuccess_requestIdIsTheTablesRecordNotTheKmsCallsOnItsBehalf() {
    String keyId = kms.createKey(r -> r.description("table key")).keyMetadata().keyId();

    CreateTableResponse created =
        ddb.createTable(
            r ->
                r.tableName("Orders")
                    .attributeDefinitions(
                        a -> a.attributeName("id").attributeType(ScalarAttributeType.S))
                    .keySchema(k -> k.attributeName("id").keyType(KeyType.HASH))
                    .billingMode("PAY_PER_REQUEST")
                    .sseSpecification(
                        s -> s.enabled(true).sseType(SSEType.KMS).kmsMasterKeyId(keyId)));

    List<JsonNode> records = records("dynamodb.amazonaws.com", "CreateTable");
    assertThat(records).hasSize(1);
    assertThat(created.responseMetadata().requestId())
        .isEqualTo(records.get(0).get("requestID").asText());
    assertThat(records("kms.amazonaws.com", "GenerateDataKey"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.get("requestID").asText())
                    .isNotEqualTo(created.responseMetadata().requestId()));
  }

  @Test
  void dynamoDbError_requestIdIsTheFailedRecordsRequestId() {
    ResourceNotFoundException e =
        catchThrowableOfType(
            () -> ddb.describeTable(r -> r.tableName("Missing")), ResourceNotFoundException.class);

    List<JsonNode> records = records("dynamodb.amazonaws.com", "DescribeTable");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("errorCode").asText()).isEqualTo("ResourceNotFoundException");
    assertThat(e.requestId()).isEqualTo(records.get(0).get("requestID").asText());
  }

  @Test
  void authenticationFailure_stillCarriesARequestIdThatNoRecordHas() {
    try (KmsClient stranger = fixture.kms("AKIAUNKNOWN", "nope")) {
      KmsException e = catchThrowableOfType(() -> stranger.listKeys(), KmsException.class);

      assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
      assertThat(e.requestId())
          .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
      assertThat(allRequestIds()).doesNotContain(e.requestId());
    }
  }

  @Test
  void dynamoDbAuthenticationFailure_getsAFreshDynamoDbStyleRequestId() {
    try (DynamoDbClient stranger = fixture.dynamoDb("AKIAUNKNOWN", "nope")) {
      AwsServiceException first =
          catchThrowableOfType(() -> stranger.listTables(), AwsServiceException.class);
      AwsServiceException second =
          catchThrowableOfType(() -> stranger.listTables(), AwsServiceException.class);

      assertThat(first.requestId()).matches("[A-Z0-9]{52}");
      assertThat(second.requestId()).matches("[A-Z0-9]{52}").isNotEqualTo(first.requestId());
      assertThat(allRequestIds()).doesNotContain(first.requestId(), second.requestId());
    }
  }
}
