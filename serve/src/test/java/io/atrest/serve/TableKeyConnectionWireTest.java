package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * DynamoDB caches a table key per connection (seeds 002 and 004): a client that keeps its HTTP
 * connection alive costs one KMS Decrypt, one that opens a connection per request costs one per
 * operation. Decrypts are counted in the control API's trail.
 */
class TableKeyConnectionWireTest {

  private static final int GETS = 5;
  private static final String GET_ACME =
      "{\"TableName\":\"Music\",\"Key\":{\"Artist\":{\"S\":\"Acme\"}}}";

  @TempDir Path dir;
  private ServerFixture fixture;

  @BeforeEach
  @SuppressWarnings("unchecked") // the SDK builders take generic varargs of consumers
  void start() {
    fixture = new ServerFixture(dir);
    try (KmsClient kms = fixture.kms();
        DynamoDbClient ddb = fixture.dynamoDb()) {
      String keyId = kms.createKey(r -> r.description("table key")).keyMetadata().keyId();
      ddb.createTable(
          r ->
              r.tableName("Music")
                  .attributeDefinitions(
                      a -> a.attributeName("Artist").attributeType(ScalarAttributeType.S))
                  .keySchema(k -> k.attributeName("Artist").keyType(KeyType.HASH))
                  .billingMode("PAY_PER_REQUEST")
                  .sseSpecification(s -> s.enabled(true).sseType("KMS").kmsMasterKeyId(keyId)));
    }
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  /** Decrypts of the table key that DynamoDB made on behalf of the {@code test} user. */
  private long callerDecrypts() {
    long n = 0;
    for (JsonNode r : fixture.trail().get("Records")) {
      if (r.get("eventName").asText().equals("Decrypt")
          && r.at("/userIdentity/arn").asText().equals("arn:aws:iam::111122223333:user/test")
          && r.at("/userIdentity/invokedBy").asText().equals("dynamodb.amazonaws.com")) {
        n++;
      }
    }
    return n;
  }

  @Test
  void sdkClientKeepingItsConnectionAlive_decryptsTheTableKeyOnce() {
    long before = callerDecrypts();
    try (DynamoDbClient ddb = fixture.dynamoDb()) {
      ddb.putItem(r -> r.tableName("Music").item(Map.of("Artist", AttributeValue.fromS("Acme"))));
      for (int i = 0; i < GETS; i++) {
        assertThat(
                ddb.getItem(
                        r ->
                            r.tableName("Music")
                                .key(Map.of("Artist", AttributeValue.fromS("Acme"))))
                    .hasItem())
            .isTrue();
      }

      assertThat(callerDecrypts()).isEqualTo(before + 1);
    }
  }

  @Test
  void requestsEachOnANewConnection_decryptTheTableKeyEveryTime() {
    try (DynamoDbClient ddb = fixture.dynamoDb()) {
      ddb.putItem(r -> r.tableName("Music").item(Map.of("Artist", AttributeValue.fromS("Acme"))));
    }
    long before = callerDecrypts();

    for (int i = 0; i < GETS; i++) {
      ServerFixture.Reply reply =
          RawRequests.onNewConnection(
              RawRequests.Spec.dynamoDb(fixture.endpoint(), "GetItem", GET_ACME));
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);
      assertThat(reply.json().at("/Item/Artist/S").asText()).isEqualTo("Acme");
    }

    assertThat(callerDecrypts()).isEqualTo(before + GETS);
  }
}
