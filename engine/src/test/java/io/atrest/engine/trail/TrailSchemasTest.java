package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailSchemasTest {

  private static final TrailSchemas SCHEMAS = ValidEvents.SCHEMAS;

  private static TrailEvent.Builder currentDecrypt() {
    return SeedEvents.decrypt()
        .eventVersion(TrailEvent.CURRENT_EVENT_VERSION)
        .managementEvent(true)
        .eventCategory(TrailEvent.MANAGEMENT);
  }

  private static List<String> violations(ObjectNode json) {
    return SCHEMAS.validate(json).stream().map(SchemaViolation::describe).toList();
  }

  @Test
  void decryptByAnIamUserThroughDynamoDb_isValid() {
    UserIdentity dbLead =
        UserIdentity.iamUser("AIDAEXAMPLEUSERID", SeedEvents.ACCOUNT, "db-lead", "AKIAEXAMPLE")
            .invokedBy(SeedEvents.DYNAMODB);

    assertThat(SCHEMAS.validate(currentDecrypt().userIdentity(dbLead).build())).isEmpty();
  }

  @Test
  void iamUserWhoseArnIsARoleArn_isRejected() {
    UserIdentity wrong =
        new UserIdentity(
            IdentityType.IAM_USER,
            "AIDAEXAMPLEUSERID",
            "arn:aws:iam::111122223333:role/db-lead",
            SeedEvents.ACCOUNT,
            null,
            "db-lead",
            SeedEvents.DYNAMODB,
            null);

    assertThat(SCHEMAS.validate(currentDecrypt().userIdentity(wrong).build()))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("$.userIdentity.arn"));
  }

  @Test
  void fractionalEventTime_isRejectedNamingTheRule() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.put("eventTime", "2018-02-14T16:42:39.250Z");

    assertThat(violations(json))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("cloudtrail-record.schema.json", "$.eventTime", "whole seconds");
  }

  @Test
  void eventTimeWithOffset_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.put("eventTime", "2018-02-14T16:42:39+00:00");

    assertThat(violations(json)).anyMatch(v -> v.contains("$.eventTime"));
  }

  @Test
  void missingEventName_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.remove("eventName");

    assertThat(violations(json)).anyMatch(v -> v.contains("eventName") && v.contains("required"));
  }

  @Test
  void cryptoOperationWithResponseElements_isRejectedNamingTheRule() {
    ObjectNode leaked = SeedEvents.JSON.createObjectNode().put("plaintext", "c2VjcmV0");
    TrailEvent decrypt = currentDecrypt().responseElements(leaked).build();

    assertThat(SCHEMAS.validate(decrypt))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.schema()).isEqualTo(TrailSchemas.KMS);
              assertThat(v.path()).isEqualTo("$.responseElements");
              assertThat(v.rule()).contains("responseElements is null");
            });
  }

  @Test
  void unknownEventType_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.put("eventType", "AwsApiCallX");

    assertThat(violations(json)).anyMatch(v -> v.contains("$.eventType"));
  }

  @Test
  void decryptLoggedAsWrite_isRejected() {
    TrailEvent decrypt = currentDecrypt().readOnly(false).build();

    assertThat(SCHEMAS.validate(decrypt))
        .anySatisfy(v -> assertThat(v.describe()).contains("$.readOnly", "readOnly: true"));
  }

  @Test
  void createGrantLoggedAsRead_isRejected() {
    TrailEvent grant = SeedEvents.createGrant().readOnly(true).build();

    assertThat(SCHEMAS.validate(grant))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("$.readOnly"));
  }

  @Test
  void kmsEventWithoutReadOnly_isRejected() {
    TrailEvent decrypt = currentDecrypt().readOnly(null).build();

    assertThat(SCHEMAS.validate(decrypt))
        .anySatisfy(v -> assertThat(v.message()).contains("readOnly"));
  }

  @Test
  void succeededKeyOperationWithoutTheKeyInResources_isRejected() {
    TrailEvent decrypt = currentDecrypt().resources(List.of()).build();

    assertThat(SCHEMAS.validate(decrypt))
        .anySatisfy(v -> assertThat(v.rule()).contains("names the key in resources"));
  }

  @Test
  void failedKeyOperationWithoutResources_isValid() {
    TrailEvent failed =
        currentDecrypt().resources(List.of()).errorCode("InvalidCiphertextException").build();

    assertThat(SCHEMAS.validate(failed)).isEmpty();
  }

  @Test
  void accessDeniedWithMessage_isValid() {
    TrailEvent denied =
        currentDecrypt()
            .error(
                "AccessDenied",
                "User: arn:aws:sts::111122223333:assumed-role/Admin/user01 is not authorized to"
                    + " perform: kms:Decrypt on resource: "
                    + SeedEvents.KEY_ARN
                    + " because no resource-based policy allows the kms:Decrypt action")
            .build();

    assertThat(SCHEMAS.validate(denied)).isEmpty();
  }

  @Test
  void errorMessageWithoutErrorCode_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.put("errorMessage", "denied");

    assertThat(violations(json)).anyMatch(v -> v.contains("errorCode"));
  }

  @Test
  void resourceWithLowerCaseArn_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    ObjectNode resource = (ObjectNode) json.get("resources").get(0);
    resource.set("arn", resource.remove("ARN"));

    assertThat(violations(json)).anyMatch(v -> v.contains("$.resources[0]"));
  }

  @Test
  void misspelledTopLevelField_isRejected() {
    ObjectNode json = currentDecrypt().build().toJson();
    json.set("requestId", json.remove("requestID"));

    assertThat(violations(json)).anyMatch(v -> v.contains("requestId"));
  }

  @Test
  void currentVersionRecordWithoutEventCategory_isRejected() {
    TrailEvent decrypt = currentDecrypt().eventCategory(null).build();

    assertThat(SCHEMAS.validate(decrypt))
        .anySatisfy(v -> assertThat(v.message()).contains("eventCategory"));
  }

  @Test
  void encryptionContextWithNonStringValue_isRejected() {
    ObjectNode request = SeedEvents.JSON.createObjectNode();
    request.putObject("encryptionContext").put("aws:dynamodb:tableName", 7);
    TrailEvent decrypt = currentDecrypt().requestParameters(request).build();

    assertThat(SCHEMAS.validate(decrypt))
        .anySatisfy(
            v ->
                assertThat(v.path())
                    .isEqualTo("$.requestParameters.encryptionContext.aws:dynamodb:tableName"));
  }

  @Test
  void grantWithBothConstraints_isRejected() {
    TrailEvent grant = SeedEvents.createGrant().build();
    ObjectNode request = grant.requestParameters().orElseThrow();
    ((ObjectNode) request.get("constraints"))
        .set("encryptionContextEquals", SeedEvents.tableContext("Books"));

    assertThat(SCHEMAS.validate(grant.toBuilder().requestParameters(request).build()))
        .anySatisfy(v -> assertThat(v.rule()).contains("At most one constraint"));
  }

  @Test
  void grantOfAnUnknownOperation_isRejected() {
    TrailEvent grant = SeedEvents.createGrant().build();
    ObjectNode request = grant.requestParameters().orElseThrow();
    request.putArray("operations").add("ReEncrypt");

    assertThat(SCHEMAS.validate(grant.toBuilder().requestParameters(request).build()))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("$.requestParameters.operations[0]"));
  }

  @Test
  void automaticRotationServiceEvent_isValid() {
    assertThat(SCHEMAS.validate(rotateKey().build())).isEmpty();
  }

  @Test
  void serviceEventWithATypedIdentity_isRejected() {
    TrailEvent rotation =
        rotateKey().userIdentity(UserIdentity.awsService("kms.amazonaws.com")).build();

    assertThat(SCHEMAS.validate(rotation)).isNotEmpty();
  }

  @Test
  void serviceEventWithARequestId_isRejected() {
    TrailEvent rotation = rotateKey().requestID("b7d16574-e887-4b5b-a064-bf92f8ec9ad3").build();

    assertThat(SCHEMAS.validate(rotation)).anySatisfy(v -> assertThat(v.path()).isEqualTo("$"));
  }

  @Test
  void rotationWithoutServiceEventDetails_isRejected() {
    TrailEvent rotation = rotateKey().serviceEventDetails(null).build();

    assertThat(SCHEMAS.validate(rotation))
        .anySatisfy(v -> assertThat(v.message()).contains("serviceEventDetails"));
  }

  @Test
  void rotateKeyRecordedAsApiCall_isRejected() {
    TrailEvent rotation =
        currentDecrypt().eventName("RotateKey").readOnly(false).requestParameters(null).build();

    assertThat(SCHEMAS.validate(rotation))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("$.eventName"));
  }

  @Test
  void dynamoDbUpdateTableWithCamelCasedAcronyms_isValid() {
    assertThat(SCHEMAS.validate(updateTable("sSESpecification", "kMSMasterKeyId").build()))
        .isEmpty();
  }

  @Test
  void dynamoDbRequestWithTheApiSpellingOfSseSpecification_isRejected() {
    TrailEvent event = updateTable("SSESpecification", "kMSMasterKeyId").build();

    assertThat(SCHEMAS.validate(event))
        .anySatisfy(
            v -> {
              assertThat(v.schema()).isEqualTo(TrailSchemas.DYNAMODB);
              assertThat(v.describe()).contains("SSESpecification");
            });
  }

  @Test
  void dynamoDbRequestWithTheApiSpellingOfKmsMasterKeyId_isRejected() {
    TrailEvent event = updateTable("sSESpecification", "KMSMasterKeyId").build();

    assertThat(SCHEMAS.validate(event)).isNotEmpty();
  }

  @Test
  void dynamoDbResponseWithTheApiSpellingOfSseDescription_isRejected() {
    ObjectNode response = SeedEvents.JSON.createObjectNode();
    response.putObject("tableDescription").putObject("SSEDescription").put("status", "UPDATING");
    TrailEvent event =
        updateTable("sSESpecification", "kMSMasterKeyId").responseElements(response).build();

    assertThat(SCHEMAS.validate(event))
        .anySatisfy(v -> assertThat(v.path()).startsWith("$.responseElements.tableDescription"));
  }

  @Test
  void dynamoDbUpdateTableLoggedAsRead_isRejected() {
    TrailEvent event = updateTable("sSESpecification", "kMSMasterKeyId").readOnly(true).build();

    assertThat(SCHEMAS.validate(event))
        .anySatisfy(v -> assertThat(v.path()).isEqualTo("$.readOnly"));
  }

  @Test
  void requireValid_listsEveryViolationInItsMessage() {
    TrailEvent decrypt =
        currentDecrypt()
            .readOnly(false)
            .responseElements(SeedEvents.JSON.createObjectNode().put("plaintext", "x"))
            .build();

    assertThatThrownBy(() -> SCHEMAS.requireValid(decrypt))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`Decrypt` breaks its schema")
        .hasMessageContaining("$.readOnly")
        .hasMessageContaining("$.responseElements");
  }

  @Test
  void validateAgainstAnUnknownSchema_failsNamingIt() {
    assertThatThrownBy(() -> SCHEMAS.validate(currentDecrypt().build().toJson(), "nope.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`nope.json`");
  }

  @Test
  void schemaWithoutId_isRefused() {
    assertThatThrownBy(() -> TrailSchemas.of("{}", "{}", "{}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("schema `cloudtrail-record.schema.json` has no $id");
  }

  @Test
  void schemaThatIsNotJson_isRefusedNamingIt() {
    assertThatThrownBy(
            () -> TrailSchemas.of("{", "{\"$id\": \"urn:kms\"}", "{\"$id\": \"urn:ddb\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`" + TrailSchemas.RECORD + "` is not JSON");
  }

  private static TrailEvent.Builder rotateKey() {
    return TrailEvent.builder()
        .userIdentity(UserIdentity.awsInternal(SeedEvents.ACCOUNT))
        .eventTime(Instant.parse("2026-12-01T00:00:00Z"))
        .eventSource(TrailEvent.KMS)
        .eventName("RotateKey")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress(UserIdentity.AWS_INTERNAL)
        .userAgent(UserIdentity.AWS_INTERNAL)
        .eventID("a03d65c3-9fee-4111-9816-8bf96b73df01")
        .readOnly(false)
        .resource(TrailResource.kmsKey(SeedEvents.KEY_ARN))
        .eventType(EventType.AWS_SERVICE_EVENT)
        .recipientAccountId(SeedEvents.ACCOUNT)
        .serviceEventDetails(SeedEvents.JSON.createObjectNode().put("keyId", SeedEvents.KEY_ARN));
  }

  private static TrailEvent.Builder updateTable(String specField, String keyField) {
    ObjectNode request = SeedEvents.JSON.createObjectNode().put("tableName", "Books");
    request
        .putObject(specField)
        .put("enabled", true)
        .put("sSEType", "KMS")
        .put(keyField, SeedEvents.KEY_ARN);
    ObjectNode response = SeedEvents.JSON.createObjectNode();
    response
        .putObject("tableDescription")
        .put("tableName", "Books")
        .putObject("sSEDescription")
        .put("status", "UPDATING");
    UserIdentity user =
        UserIdentity.iamUser("AIDAEXAMPLEUSERID", SeedEvents.ACCOUNT, "db-lead", "AKIAEXAMPLE");
    return TrailEvent.builder()
        .userIdentity(user)
        .eventTime(Instant.parse("2026-12-01T07:46:10Z"))
        .eventSource(TrailEvent.DYNAMODB)
        .eventName("UpdateTable")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress("192.0.2.10")
        .userAgent("aws-sdk-java/2.57.8")
        .requestParameters(request)
        .responseElements(response)
        .requestID("QBPT2SKCI3PVJ1ETJIMBMH7CBVVV4KQNSO5AEMVJF66Q9ASUAAJG")
        .eventID("e3c436e9-ebca-494e-9457-8123a1f5e979")
        .readOnly(false)
        .resource(
            TrailResource.dynamodbTable("arn:aws:dynamodb:us-west-2:111122223333:table/Books"))
        .eventType(EventType.AWS_API_CALL)
        .recipientAccountId(SeedEvents.ACCOUNT);
  }

  @Test
  void successfulCreateGrantWithoutOperations_isRejected() {
    ObjectNode json = SeedEvents.createGrant().build().toJson();
    ((ObjectNode) json.get("requestParameters")).putArray("operations");

    assertThat(violations(json))
        .anySatisfy(v -> assertThat(v).contains("$.requestParameters.operations"));
  }

  @Test
  void refusedCreateGrantWithoutOperations_isValid() {
    ObjectNode json = SeedEvents.createGrant().build().toJson();
    ((ObjectNode) json.get("requestParameters")).putArray("operations");
    json.remove("responseElements");
    json.put("errorCode", "ValidationException");
    json.put("errorMessage", "1 validation error detected");
    json.putNull("responseElements");

    assertThat(violations(json)).isEmpty();
  }
}
