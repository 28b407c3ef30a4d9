package io.atrest.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.SSESpecification;
import software.amazon.awssdk.services.dynamodb.model.SSEType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.kms.KmsClient;

/**
 * IAM's authorization of DynamoDB requests through the AWS SDK: {@code dora} has an identity policy
 * allowing DynamoDB, {@code bob} has none, {@code kim} is allowed DynamoDB but not named by the key
 * policy of the customer managed key below, {@code uma} is allowed only {@code
 * dynamodb:UpdateItem}; {@code test} administers.
 */
class DynamoDbAuthorizationWireTest {

  private static final String TABLE_ARN = "arn:aws:dynamodb:us-west-2:111122223333:table/Music";
  private static final String IDENTITIES =
      """
      {"identities": [
        {"accessKeyId": "test", "secretAccessKey": "test",
         "principal": "arn:aws:iam::111122223333:user/test",
         "policies": {"admin": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}}},
        {"accessKeyId": "AKIADORA", "secretAccessKey": "dora-secret",
         "principal": "arn:aws:iam::111122223333:user/dora",
         "policies": {"dynamodb": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}]}}},
        {"accessKeyId": "AKIAKIM", "secretAccessKey": "kim-secret",
         "principal": "arn:aws:iam::111122223333:user/kim",
         "policies": {"dynamodb": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:*", "Resource": "*"}]}}},
        {"accessKeyId": "AKIAUMA", "secretAccessKey": "uma-secret",
         "principal": "arn:aws:iam::111122223333:user/uma",
         "policies": {"update": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "dynamodb:UpdateItem", "Resource": "*"}]}}},
        {"accessKeyId": "AKIABOB", "secretAccessKey": "bob-secret",
         "principal": "arn:aws:iam::111122223333:user/bob"}
      ]}
      """;
  // Dora may use the key through DynamoDB; kim is not named, and the key policy does not
  // delegate to IAM, so her identity policy cannot help.
  private static final String KEY_POLICY =
      """
      {"Version": "2012-10-17", "Statement": [
        {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/test"},
         "Action": "kms:*", "Resource": "*"},
        {"Sid": "DoraViaDynamoDB", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:user/dora"},
         "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:CreateGrant", "kms:DescribeKey"],
         "Resource": "*",
         "Condition": {"StringEquals": {"kms:ViaService": "dynamodb.us-west-2.amazonaws.com"}}}
      ]}
      """;

  @TempDir Path dir;
  private ServerFixture fixture;
  private DynamoDbClient dora;
  private DynamoDbClient bob;

  @BeforeEach
  void start() {
    fixture = new ServerFixture(dir, ServerConfig.defaults().withPort(0), IDENTITIES);
    dora = fixture.dynamoDb("AKIADORA", "dora-secret");
    bob = fixture.dynamoDb("AKIABOB", "bob-secret");
  }

  @AfterEach
  void stop() {
    dora.close();
    bob.close();
    fixture.close();
  }

  @SuppressWarnings("unchecked") // the SDK builders take generic varargs of consumers
  private void createMusic(SSESpecification sse) {
    dora.createTable(
        r ->
            r.tableName("Music")
                .attributeDefinitions(
                    a -> a.attributeName("Artist").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("Artist").keyType(KeyType.HASH))
                .billingMode("PAY_PER_REQUEST")
                .sseSpecification(sse));
  }

  private static Map<String, AttributeValue> key(String artist) {
    return Map.of("Artist", AttributeValue.fromS(artist));
  }

  private static Map<String, AttributeValue> item(String artist, String year) {
    return Map.of("Artist", AttributeValue.fromS(artist), "Year", AttributeValue.fromN(year));
  }

  private void createMusicWithOneItem() {
    createMusic(SSESpecification.builder().enabled(true).sseType(SSEType.KMS).build());
    dora.putItem(r -> r.tableName("Music").item(item("Acme", "1999")));
  }

  private static String deniedMessage(String principal, String action, String resource) {
    return "User: arn:aws:iam::111122223333:user/"
        + principal
        + " is not authorized to perform: "
        + action
        + " on resource: "
        + resource
        + " because no identity-based policy allows the "
        + action
        + " action";
  }

  private List<JsonNode> kmsRecords() {
    List<JsonNode> out = new ArrayList<>();
    fixture
        .trail()
        .get("Records")
        .forEach(
            r -> {
              if (r.get("eventSource").asText().equals("kms.amazonaws.com")) {
                out.add(r);
              }
            });
    return out;
  }

  @Test
  void callerAllowedByItsIdentityPolicy_createsPutsAndGets() {
    createMusicWithOneItem();

    assertThat(dora.getItem(r -> r.tableName("Music").key(key("Acme"))).item())
        .containsEntry("Year", AttributeValue.fromN("1999"));
    assertThat(dora.listTables().tableNames()).containsExactly("Music");
  }

  @Test
  void tablesBelongToTheAccount_soAnotherAllowedUserOfItListsThem() {
    createMusicWithOneItem();

    try (DynamoDbClient kim = fixture.dynamoDb("AKIAKIM", "kim-secret")) {
      assertThat(kim.listTables().tableNames()).containsExactly("Music");
    }
  }

  @Test
  void callerWithoutIdentityPolicy_isRefusedGetItemNamingTheActionAndTheTable() {
    createMusicWithOneItem();

    assertThatThrownBy(() -> bob.getItem(r -> r.tableName("Music").key(key("Acme"))))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.getClass()).isEqualTo(DynamoDbException.class);
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .isEqualTo(deniedMessage("bob", "dynamodb:GetItem", TABLE_ARN));
            });
  }

  @Test
  void callerWithoutIdentityPolicy_isRefusedPutItemAndWritesNothing() {
    createMusicWithOneItem();

    assertThatThrownBy(() -> bob.putItem(r -> r.tableName("Music").item(item("Acme", "2024"))))
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e ->
                assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(deniedMessage("bob", "dynamodb:PutItem", TABLE_ARN)));
    assertThat(dora.getItem(r -> r.tableName("Music").key(key("Acme"))).item())
        .containsEntry("Year", AttributeValue.fromN("1999"));
  }

  @Test
  void callerWithoutIdentityPolicy_isRefusedListTablesOnEveryTable() {
    createMusicWithOneItem();

    assertThatThrownBy(() -> bob.listTables())
        .isInstanceOfSatisfying(
            DynamoDbException.class,
            e -> {
              assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
              assertThat(e.awsErrorDetails().errorMessage())
                  .startsWith(
                      "User: arn:aws:iam::111122223333:user/bob is not authorized to perform: dynamodb:ListTables on resource: ");
            });
  }

  @Test
  void updateItemReturningOldValues_needsOnlyUpdateItem() {
    createMusicWithOneItem();

    try (DynamoDbClient uma = fixture.dynamoDb("AKIAUMA", "uma-secret")) {
      var updated =
          uma.updateItem(
              r ->
                  r.tableName("Music")
                      .key(key("Acme"))
                      .updateExpression("SET #y = :y")
                      .expressionAttributeNames(Map.of("#y", "Year"))
                      .expressionAttributeValues(Map.of(":y", AttributeValue.fromN("2000")))
                      .returnValues("ALL_OLD"));

      assertThat(updated.attributes()).containsEntry("Year", AttributeValue.fromN("1999"));
      assertThatThrownBy(() -> uma.getItem(r -> r.tableName("Music").key(key("Acme"))))
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e ->
                  assertThat(e.awsErrorDetails().errorMessage())
                      .isEqualTo(deniedMessage("uma", "dynamodb:GetItem", TABLE_ARN)));
    }
  }

  @Test
  void refusedRequest_reachesNoKmsKey() {
    createMusicWithOneItem();
    int before = kmsRecords().size();

    assertThatThrownBy(() -> bob.getItem(r -> r.tableName("Music").key(key("Acme"))))
        .isInstanceOf(DynamoDbException.class);

    assertThat(kmsRecords()).hasSize(before);
    assertThat(kmsRecords())
        .noneMatch(r -> r.at("/userIdentity/arn").asText().endsWith(":user/bob"));
  }

  @Test
  void refusalOnTheWire_isCoralAccessDeniedWithCapitalMessage() {
    createMusicWithOneItem();
    RawRequests.Spec spec =
        RawRequests.Spec.dynamoDb(
                fixture.endpoint(),
                "GetItem",
                "{\"TableName\":\"Music\",\"Key\":{\"Artist\":{\"S\":\"Acme\"}}}")
            .signedAs("AKIABOB", "bob-secret");

    ServerFixture.Reply reply = fixture.send(RawRequests.signed(spec));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.header("Content-Type")).isEqualTo("application/x-amz-json-1.0");
    JsonNode body = reply.json();
    assertThat(body.get("__type").asText())
        .isEqualTo("com.amazon.coral.service#AccessDeniedException");
    assertThat(body.get("Message").asText())
        .isEqualTo(deniedMessage("bob", "dynamodb:GetItem", TABLE_ARN));
    assertThat(body.has("message")).isFalse();
  }

  @Test
  void keyPolicyNamingOneCaller_servesHerAndRefusesAnotherAllowedDynamoDb() {
    String keyId;
    try (KmsClient admin = fixture.kms()) {
      keyId = admin.createKey(r -> r.policy(KEY_POLICY)).keyMetadata().keyId();
    }
    createMusic(
        SSESpecification.builder()
            .enabled(true)
            .sseType(SSEType.KMS)
            .kmsMasterKeyId(keyId)
            .build());
    dora.putItem(r -> r.tableName("Music").item(item("Acme", "1999")));

    try (DynamoDbClient kim = fixture.dynamoDb("AKIAKIM", "kim-secret")) {
      assertThat(dora.getItem(r -> r.tableName("Music").key(key("Acme"))).item())
          .containsKey("Year");
      assertThatThrownBy(() -> kim.getItem(r -> r.tableName("Music").key(key("Acme"))))
          .isInstanceOfSatisfying(
              DynamoDbException.class,
              e -> {
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                assertThat(e.awsErrorDetails().errorMessage())
                    .startsWith("KMS key access denied error");
              });
    }
    JsonNode refused =
        kmsRecords().stream()
            .filter(r -> r.at("/userIdentity/arn").asText().endsWith(":user/kim"))
            .reduce((first, last) -> last)
            .orElseThrow();
    assertThat(refused.get("eventName").asText()).isEqualTo("Decrypt");
    assertThat(refused.at("/userIdentity/invokedBy").asText()).isEqualTo("dynamodb.amazonaws.com");
    assertThat(refused.get("errorCode").asText()).isEqualTo("AccessDenied");
  }
}
