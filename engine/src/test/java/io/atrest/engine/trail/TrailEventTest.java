package io.atrest.engine.trail;

import static io.atrest.engine.trail.ValidEvents.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrailEventTest {

  private static TrailEvent.Builder minimal() {
    return TrailEvent.builder()
        .userIdentity(UserIdentity.root(SeedEvents.ACCOUNT, "AKIAEXAMPLE"))
        .eventTime(Instant.parse("2026-12-01T10:11:12Z"))
        .eventSource(TrailEvent.KMS)
        .eventName("ListKeys")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress("192.0.2.1")
        .requestID("229386c1-111c-11e8-9e21-c11ed5a52190")
        .eventID("e3c436e9-ebca-494e-9457-8123a1f5e979")
        .readOnly(true)
        .eventType(EventType.AWS_API_CALL)
        .recipientAccountId(SeedEvents.ACCOUNT);
  }

  /** A record with only the fields CloudTrail always writes, as an old (1.05) service event. */
  private static TrailEvent.Builder sparse() {
    return TrailEvent.builder()
        .eventVersion("1.05")
        .managementEvent(null)
        .eventCategory(null)
        .userIdentity(UserIdentity.awsInternal(SeedEvents.ACCOUNT))
        .eventTime(Instant.parse("2026-12-01T10:11:12Z"))
        .eventSource("sts.amazonaws.com")
        .eventName("RefreshCredentials")
        .awsRegion(SeedEvents.REGION)
        .sourceIPAddress(UserIdentity.AWS_INTERNAL)
        .eventID("e3c436e9-ebca-494e-9457-8123a1f5e979")
        .eventType(EventType.AWS_SERVICE_EVENT);
  }

  @Test
  void newEvent_usesTheCurrentEventVersionAndIsAManagementEvent() {
    ObjectNode json = valid(minimal()).toJson();

    assertThat(json.get("eventVersion").asText()).isEqualTo("1.11");
    assertThat(json.get("managementEvent").asBoolean()).isTrue();
    assertThat(json.get("eventCategory").asText()).isEqualTo("Management");
  }

  @Test
  void eventTimeWithFractions_isRenderedInWholeSeconds() {
    TrailEvent event = valid(minimal().eventTime(Instant.parse("2026-12-01T10:11:12.987654Z")));

    assertThat(event.toJson().get("eventTime").asText()).isEqualTo("2026-12-01T10:11:12Z");
    assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-12-01T10:11:12Z"));
  }

  @Test
  void absentRequestParametersAndResponseElements_areRenderedAsJsonNull() {
    ObjectNode json = valid(minimal()).toJson();

    assertThat(json.get("requestParameters").isNull()).isTrue();
    assertThat(json.get("responseElements").isNull()).isTrue();
  }

  @Test
  void absentOptionalFields_areOmittedNotNull() {
    ObjectNode json = valid(sparse()).toJson();

    assertThat(json.has("userAgent")).isFalse();
    assertThat(json.has("errorCode")).isFalse();
    assertThat(json.has("errorMessage")).isFalse();
    assertThat(json.has("additionalEventData")).isFalse();
    assertThat(json.has("requestID")).isFalse();
    assertThat(json.has("readOnly")).isFalse();
    assertThat(json.has("resources")).isFalse();
    assertThat(json.has("managementEvent")).isFalse();
    assertThat(json.has("eventCategory")).isFalse();
    assertThat(json.has("recipientAccountId")).isFalse();
    assertThat(json.has("sharedEventID")).isFalse();
    assertThat(json.has("serviceEventDetails")).isFalse();
  }

  @Test
  void resources_renderTheArnInUpperCase() {
    ObjectNode resource =
        (ObjectNode)
            valid(
                    minimal()
                        .eventName("DescribeKey")
                        .resource(TrailResource.kmsKey(SeedEvents.KEY_ARN)))
                .toJson()
                .get("resources")
                .get(0);

    assertThat(resource.get("ARN").asText()).isEqualTo(SeedEvents.KEY_ARN);
    assertThat(resource.get("accountId").asText()).isEqualTo(SeedEvents.ACCOUNT);
    assertThat(resource.get("type").asText()).isEqualTo("AWS::KMS::Key");
    assertThat(resource.has("arn")).isFalse();
  }

  @Test
  void failure_rendersErrorCodeAndMessage() {
    ObjectNode json = valid(minimal().error("AccessDenied", "User: x is not authorized")).toJson();

    assertThat(json.get("errorCode").asText()).isEqualTo("AccessDenied");
    assertThat(json.get("errorMessage").asText()).isEqualTo("User: x is not authorized");
  }

  @Test
  void decision_isKeptAsEvidenceButNeverRendered() {
    Decision denied = new Decision(Outcome.IMPLICIT_DENY, List.of());
    TrailEvent event = valid(minimal().decision(denied));

    assertThat(event.decision()).contains(denied);
    assertThat(event.toJson().toString())
        .doesNotContain("IMPLICIT_DENY")
        .doesNotContain("decision");
  }

  @Test
  void requestParameters_areCopiedSoTheEventCannotBeChangedAfterwards() {
    ObjectNode request = SeedEvents.JSON.createObjectNode().put("keyId", "alias/app");
    TrailEvent event = valid(minimal().requestParameters(request));
    request.put("keyId", "changed");
    event.requestParameters().orElseThrow().put("keyId", "changed too");

    assertThat(event.toJson().get("requestParameters").get("keyId").asText())
        .isEqualTo("alias/app");
  }

  @Test
  void factsAndTrailIds_renderAsTheNodesAndTextTheyStandFor() {
    UUID event = UUID.fromString("e3c436e9-ebca-494e-9457-8123a1f5e979");
    UUID request = UUID.fromString("229386c1-111c-11e8-9e21-c11ed5a52190");
    UUID shared = UUID.fromString("4b6c9e8f-2f54-4c1c-9f6e-2a4a3d0e8f11");
    ObjectNode parameters = SeedEvents.JSON.createObjectNode().put("keyId", "alias/app");
    parameters.putObject("encryptionContext").put("tableName", "Books");
    ObjectNode data = SeedEvents.JSON.createObjectNode().put("keyMaterialId", "m1");
    TrailEvent fromNodes =
        valid(
            minimal()
                .requestParameters(parameters)
                .additionalEventData(data)
                .eventID(event.toString())
                .requestID(request.toString())
                .sharedEventID(shared.toString()));

    TrailEvent fromFacts =
        valid(
            minimal()
                .requestParameterFacts(
                    JsonFacts.builder()
                        .put("keyId", "alias/app")
                        .put(
                            "encryptionContext",
                            JsonFacts.builder().put("tableName", "Books").build())
                        .build())
                .additionalEventDataFacts(JsonFacts.builder().put("keyMaterialId", "m1").build())
                .eventTrailId(guid(event))
                .requestTrailId(guid(request))
                .sharedEventTrailId(guid(shared)));

    assertThat(fromFacts.toJson().toString()).isEqualTo(fromNodes.toJson().toString());
    assertThat(fromFacts.eventID()).isEqualTo(event.toString());
    assertThat(fromFacts.requestID()).contains(request.toString());
    assertThat(fromFacts.sharedEventID()).contains(shared.toString());
    assertThat(fromFacts.requestParameters()).contains(parameters);
    assertThat(fromFacts.additionalEventData()).contains(data);
  }

  private static TrailId guid(UUID uuid) {
    return TrailId.guid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());
  }

  @Test
  void toBuilder_derivesAVariantLeavingTheOriginalUnchanged() {
    TrailEvent original = valid(minimal().recipientAccountId(SeedEvents.ACCOUNT));
    TrailEvent copy = valid(original.toBuilder().recipientAccountId("444455556666"));

    assertThat(copy.recipientAccountId()).contains("444455556666");
    assertThat(original.recipientAccountId()).contains(SeedEvents.ACCOUNT);
    assertThat(copy.eventID()).isEqualTo(original.eventID());
  }

  @Test
  void buildWithoutEventName_failsNamingIt() {
    assertThatThrownBy(() -> minimal().eventName(null).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventName is required");
  }

  @Test
  void buildWithoutUserIdentity_failsNamingIt() {
    assertThatThrownBy(() -> minimal().userIdentity(null).build())
        .hasMessage("userIdentity is required");
  }

  @Test
  void buildWithoutEventTime_failsNamingIt() {
    assertThatThrownBy(() -> minimal().eventTime(null).build()).hasMessage("eventTime is required");
  }

  @Test
  void buildWithoutEventType_failsNamingIt() {
    assertThatThrownBy(() -> minimal().eventType(null).build()).hasMessage("eventType is required");
  }

  @Test
  void buildWithoutEventId_failsNamingIt() {
    assertThatThrownBy(() -> minimal().eventID(" ").build()).hasMessage("eventID is required");
  }

  @Test
  void buildWithMalformedEventVersion_failsNamingTheValue() {
    assertThatThrownBy(() -> minimal().eventVersion("v1").build())
        .hasMessageContaining("eventVersion `v1`");
  }

  @Test
  void buildWithUnknownEventCategory_failsNamingTheValue() {
    assertThatThrownBy(() -> minimal().eventCategory("Mgmt").build())
        .hasMessageContaining("eventCategory `Mgmt`");
  }

  @Test
  void errorMessageWithoutErrorCode_fails() {
    assertThatThrownBy(() -> minimal().errorMessage("boom").build())
        .hasMessageContaining("errorMessage `boom` needs an errorCode");
  }

  @Test
  void errorCodeWithoutMessage_isAllowedAsForInvalidCiphertext() {
    TrailEvent event = valid(minimal().errorCode("InvalidCiphertextException"));

    assertThat(event.failed()).isTrue();
    assertThat(event.toJson().has("errorMessage")).isFalse();
  }

  @Test
  void resourceArns_listsTheArnsOfOneType() {
    TrailEvent event =
        valid(
            minimal()
                .resource(TrailResource.kmsKey(SeedEvents.KEY_ARN))
                .resource(
                    TrailResource.dynamodbTable(
                        "arn:aws:dynamodb:us-west-2:111122223333:table/Books")));

    assertThat(event.resourceArns(TrailResource.KMS_KEY)).containsExactly(SeedEvents.KEY_ARN);
  }

  @Test
  void recordsBuiltAlikeOneAfterAnother_eachRenderTheirOwnTimeAndIds() {
    UUID firstId = UUID.fromString("e3c436e9-ebca-494e-9457-8123a1f5e979");
    UUID secondId = UUID.fromString("4b6c9e8f-2f54-4c1c-9f6e-2a4a3d0e8f11");
    TrailEvent.Builder builder = minimal().sharedEventTrailId(guid(firstId));
    TrailEvent first = valid(builder.eventTrailId(guid(firstId)));
    String firstJson = first.toJson().toString();

    TrailEvent second =
        valid(
            builder
                .eventTrailId(guid(secondId))
                .requestID("OTHER-REQUEST")
                .sharedEventID(null)
                .eventTime(Instant.parse("2026-12-01T10:11:13Z")));

    assertThat(first.toJson().toString()).isEqualTo(firstJson);
    assertThat(first.eventID()).isEqualTo(firstId.toString());
    assertThat(first.sharedEventID()).contains(firstId.toString());
    assertThat(second.eventID()).isEqualTo(secondId.toString());
    assertThat(second.requestID()).contains("OTHER-REQUEST");
    assertThat(second.sharedEventID()).isEmpty();
    assertThat(second.toJson().has("sharedEventID")).isFalse();
    assertThat(second.eventTime()).isEqualTo(Instant.parse("2026-12-01T10:11:13Z"));
  }

  @Test
  void recordDifferingInOneFieldFromTheOneBefore_keepsItsOwnField() {
    TrailEvent ok = valid(minimal());
    TrailEvent failed = valid(minimal().error("AccessDenied", "denied"));
    TrailEvent okAgain = valid(minimal());

    assertThat(ok.errorCode()).isEmpty();
    assertThat(failed.errorCode()).contains("AccessDenied");
    assertThat(failed.errorMessage()).contains("denied");
    assertThat(okAgain.failed()).isFalse();
  }

  @Test
  void recordWithoutRequestId_hasNoneAndWritesNone() {
    TrailEvent event = valid(sparse());

    assertThat(event.requestID()).isEmpty();
    assertThat(event.sharedEventID()).isEmpty();
    assertThat(event.toJson().has("requestID")).isFalse();
  }

  @Test
  void toBuilder_keepsTextAndGuidIdsAsTheyWereGiven() {
    UUID shared = UUID.fromString("4b6c9e8f-2f54-4c1c-9f6e-2a4a3d0e8f11");
    TrailEvent original =
        valid(
            minimal()
                .requestID("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG")
                .sharedEventTrailId(guid(shared)));

    TrailEvent copy = valid(original.toBuilder().recipientAccountId("444455556666"));

    assertThat(copy.requestID()).contains("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG");
    assertThat(copy.sharedEventID()).contains(shared.toString());
    assertThat(copy.eventID()).isEqualTo("e3c436e9-ebca-494e-9457-8123a1f5e979");
  }

  @Test
  void immutableResourcesList_isKeptAsGiven() {
    List<TrailResource> resources = List.of(TrailResource.kmsKey(SeedEvents.KEY_ARN));

    TrailEvent event = valid(minimal().resources(resources));

    assertThat(event.resources()).isSameAs(resources);
  }

  @Test
  void mutableResourcesList_isCopiedSoLaterChangesDoNotShow() {
    List<TrailResource> resources = new java.util.ArrayList<>();
    resources.add(TrailResource.kmsKey(SeedEvents.KEY_ARN));
    TrailEvent event = valid(minimal().resources(resources));

    resources.clear();

    assertThat(event.resourceArns(TrailResource.KMS_KEY)).containsExactly(SeedEvents.KEY_ARN);
  }

  @Test
  void nullResource_isRefusedNamingIt() {
    List<TrailResource> withNull = java.util.Arrays.asList((TrailResource) null);

    assertThatThrownBy(() -> minimal().resources(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("resource");
  }

  @Test
  void recordsOfTheSameFields_areEqualAndRecordsDifferingInAnId_areNot() {
    TrailEvent one = valid(minimal());
    TrailEvent same = valid(minimal());
    TrailEvent otherId = valid(minimal().eventID("4b6c9e8f-2f54-4c1c-9f6e-2a4a3d0e8f11"));

    assertThat(same).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(otherId).isNotEqualTo(one);
  }
}
