package io.atrest.engine.trail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The three events of seed 004 ("Monitoring DynamoDB interaction with AWS KMS"), built with the
 * trail API, and the samples themselves as the fixtures module keeps them.
 */
final class SeedEvents {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String ACCOUNT = "111122223333";
  static final String REGION = "us-west-2";
  static final String KEY_ARN =
      "arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  static final String DYNAMODB = "dynamodb.amazonaws.com";

  private SeedEvents() {}

  /** A sample from {@code fixtures/.../cloudtrail/NAME}. */
  static JsonNode sample(String name) {
    String resource = "io/atrest/fixtures/cloudtrail/" + name;
    try (InputStream in = SeedEvents.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tableContext(String table) {
    ObjectNode context = JSON.createObjectNode();
    context.put("aws:dynamodb:tableName", table);
    context.put("aws:dynamodb:subscriberId", ACCOUNT);
    return context;
  }

  /** The fields every DynamoDB-initiated KMS call shares, as a 1.05 record like the seed's. */
  static TrailEvent.Builder kmsCallByDynamoDb(String eventName, UserIdentity who, String time) {
    return TrailEvent.builder()
        .eventVersion("1.05")
        .managementEvent(null)
        .eventCategory(null)
        .userIdentity(who)
        .eventTime(Instant.parse(time))
        .eventSource(TrailEvent.KMS)
        .eventName(eventName)
        .awsRegion(REGION)
        .sourceIPAddress(DYNAMODB)
        .userAgent(DYNAMODB)
        .resource(TrailResource.kmsKey(KEY_ARN))
        .eventType(EventType.AWS_API_CALL)
        .recipientAccountId(ACCOUNT);
  }

  static TrailEvent.Builder generateDataKey() {
    ObjectNode request = JSON.createObjectNode();
    request.set("encryptionContext", tableContext("Services"));
    request.put("keySpec", "AES_256");
    request.put("keyId", KEY_ARN);
    return kmsCallByDynamoDb(
            "GenerateDataKey", UserIdentity.awsService(DYNAMODB), "2018-02-14T00:15:17Z")
        .requestParameters(request)
        .responseElements(null)
        .requestID("229386c1-111c-11e8-9e21-c11ed5a52190")
        .eventID("e3c436e9-ebca-494e-9457-8123a1f5e979")
        .readOnly(true)
        .sharedEventID("bf915fa6-6ceb-4659-8912-e36b69846aad");
  }

  static UserIdentity adminSession(String creationDate, String roleId) {
    SessionContext session =
        new SessionContext(
            new SessionContext.Attributes(Instant.parse(creationDate), false),
            SessionContext.SessionIssuer.role(roleId, ACCOUNT, "Admin"));
    // The seed's Decrypt sample gives the session a principalId whose role id differs from its
    // issuer's, so the identity is built field by field rather than derived.
    return new UserIdentity(
        IdentityType.ASSUMED_ROLE,
        "AROAIGDTESTANDEXAMPLE:user01",
        "arn:aws:sts::111122223333:assumed-role/Admin/user01",
        ACCOUNT,
        "AKIAIOSFODNN7EXAMPLE",
        null,
        DYNAMODB,
        session);
  }

  static TrailEvent.Builder decrypt() {
    ObjectNode request = JSON.createObjectNode();
    request.set("encryptionContext", tableContext("Books"));
    return kmsCallByDynamoDb(
            "Decrypt",
            adminSession("2018-02-14T16:42:15Z", "AROAIGDT3HGFQZX4RY6RU"),
            "2018-02-14T16:42:39Z")
        .requestParameters(request)
        .requestID("11cab293-11a6-11e8-8386-13160d3e5db5")
        .eventID("b7d16574-e887-4b5b-a064-bf92f8ec9ad3")
        .readOnly(true);
  }

  static TrailEvent.Builder createGrant() {
    ObjectNode request = JSON.createObjectNode();
    request.put("keyId", KEY_ARN);
    request.put("retiringPrincipal", "dynamodb.us-west-2.amazonaws.com");
    request.putObject("constraints").set("encryptionContextSubset", tableContext("Books"));
    request.put("granteePrincipal", "dynamodb.us-west-2.amazonaws.com");
    request
        .putArray("operations")
        .add("DescribeKey")
        .add("GenerateDataKey")
        .add("Decrypt")
        .add("Encrypt")
        .add("ReEncryptFrom")
        .add("ReEncryptTo")
        .add("RetireGrant");
    ObjectNode response = JSON.createObjectNode();
    response.put("grantId", "5c5cd4a3d68e65e77795f5ccc2516dff057308172b0cd107c85b5215c6e48bde");
    return kmsCallByDynamoDb(
            "CreateGrant",
            adminSession("2018-02-14T00:12:02Z", "AROAIGDTESTANDEXAMPLE"),
            "2018-02-14T00:15:15Z")
        .requestParameters(request)
        .responseElements(response)
        .requestID("2192b82a-111c-11e8-a528-f398979205d8")
        .eventID("a03d65c3-9fee-4111-9816-8bf96b73df01")
        .readOnly(false);
  }
}
