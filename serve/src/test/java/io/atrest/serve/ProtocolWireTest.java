package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Routing, serialization and size errors, and the control API, on raw HTTP. */
class ProtocolWireTest {

  @TempDir Path dir;
  private ServerFixture fixture;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  private ServerFixture.Reply kms(String operation, String body) {
    return fixture.send(
        RawRequests.signed(RawRequests.Spec.kms(fixture.endpoint(), operation, body)));
  }

  @Test
  void unknownKmsOperation_failsWithBareUnknownOperationType() {
    ServerFixture.Reply reply = kms("MakeCoffee", "{}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("__type").asText()).isEqualTo("UnknownOperationException");
    assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.1");
  }

  @Test
  void unknownDynamoDbOperation_failsWithQualifiedUnknownOperationType() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(RawRequests.Spec.dynamoDb(fixture.endpoint(), "MakeCoffee", "{}")));

    assertThat(reply.json().get("__type").asText())
        .isEqualTo("com.amazon.coral.service#UnknownOperationException");
  }

  @Test
  void malformedJson_failsWithSerializationException() {
    ServerFixture.Reply reply = kms("CreateKey", "{\"Description\": ");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("__type").asText()).isEqualTo("SerializationException");
  }

  @Test
  void memberOfTheWrongType_failsWithSerializationException() {
    ServerFixture.Reply reply = kms("DescribeKey", "{\"KeyId\": {\"nested\": 1}}");

    assertThat(reply.json().get("__type").asText()).isEqualTo("SerializationException");
    assertThat(reply.json().get("message").asText())
        .isEqualTo("Start of structure or map found where not expected.");
  }

  @Test
  void missingRequiredMember_failsWithValidationNamingIt() {
    ServerFixture.Reply reply = kms("DescribeKey", "{}");

    assertThat(reply.json().get("__type").asText()).isEqualTo("ValidationException");
    assertThat(reply.json().get("message").asText())
        .isEqualTo(
            "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null");
  }

  @Test
  void invalidEnumValue_failsWithValidationListingTheValues() {
    ServerFixture.Reply reply = kms("CreateKey", "{\"KeySpec\": \"AES_999\"}");

    assertThat(reply.json().get("message").asText())
        .contains("Value 'AES_999' at 'keySpec'")
        .contains("SYMMETRIC_DEFAULT");
  }

  @Test
  void unsupportedContentType_failsWithUnknownOperation() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.kms(fixture.endpoint(), "ListKeys", "{}")
                    .withContentType("text/plain")));

    assertThat(reply.json().get("__type").asText()).isEqualTo("UnknownOperationException");
  }

  @Test
  void bodyOverSixteenMebibytes_isRefusedWith413() {
    String huge = "{\"Description\":\"" + "x".repeat(16 * 1024 * 1024) + "\"}";

    ServerFixture.Reply reply = kms("CreateKey", huge);

    assertThat(reply.status()).isEqualTo(413);
    assertThat(reply.json().get("__type").asText()).isEqualTo("RequestEntityTooLargeException");
    assertThat(fixture.trail().get("Records")).isEmpty();
  }

  @Test
  void dynamoDbValidationError_isQualifiedByTheValidationLayer() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.dynamoDb(fixture.endpoint(), "DescribeTable", "{}")));

    assertThat(reply.json().get("__type").asText())
        .isEqualTo("com.amazon.coral.validate#ValidationException");
  }

  @Test
  void dynamoDbServiceError_isQualifiedByTheServiceNamespace() {
    ServerFixture.Reply reply =
        fixture.send(
            RawRequests.signed(
                RawRequests.Spec.dynamoDb(
                    fixture.endpoint(), "DescribeTable", "{\"TableName\":\"Nope\"}")));

    assertThat(reply.json().get("__type").asText())
        .isEqualTo("com.amazonaws.dynamodb.v20120810#ResourceNotFoundException");
    assertThat(reply.json().get("message").asText())
        .isEqualTo("Requested resource not found: Table: Nope not found");
    assertThat(reply.header("x-amzn-RequestId")).matches("[A-Z0-9]{52}");
  }

  @Test
  void reset_forgetsEveryKey() {
    kms("CreateKey", "{}");

    assertThat(fixture.control("POST", "/_atrest/reset", "").status()).isEqualTo(200);

    assertThat(kms("ListKeys", "{}").json().get("Keys")).isEmpty();
    assertThat(fixture.trail().get("Records")).hasSize(1);
  }

  @Test
  void clockAdvanceWithoutSeconds_failsWith400() {
    ServerFixture.Reply reply = fixture.control("POST", "/_atrest/clock/advance", "{\"days\": 3}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.json().get("message").asText()).contains("seconds");
  }

  @Test
  void clockAdvance_returnsTheEngineTimeMovedForward() {
    ServerFixture.Reply reply =
        fixture.control("POST", "/_atrest/clock/advance", "{\"seconds\": 864000}");

    assertThat(java.time.Instant.parse(reply.json().get("now").asText()))
        .isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(9)));
  }

  @Test
  void unknownControlPath_failsWith404Json() {
    ServerFixture.Reply reply = fixture.control("GET", "/_atrest/nothing", "");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("message").asText()).contains("/_atrest/nothing");
  }

  @Test
  void trailForOneAccount_holdsOnlyThatAccountsRecords() {
    kms("CreateKey", "{}");

    assertThat(
            fixture.control("GET", "/_atrest/trail?account=111122223333", "").json().get("Records"))
        .hasSize(1);
    assertThat(
            fixture.control("GET", "/_atrest/trail?account=444455556666", "").json().get("Records"))
        .isEmpty();
  }
}
