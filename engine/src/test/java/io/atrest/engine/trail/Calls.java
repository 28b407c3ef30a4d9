package io.atrest.engine.trail;

import java.time.Instant;

/** Small KMS records for query and count tests: who called which operation on which key, when. */
final class Calls {

  static final String OWNER = "111122223333";
  static final String OTHER = "444455556666";
  static final String KEY_A =
      "arn:aws:kms:us-west-2:111122223333:key/aaaaaaaa-0000-4000-8000-000000000001";
  static final String KEY_B =
      "arn:aws:kms:us-west-2:111122223333:key/bbbbbbbb-0000-4000-8000-000000000002";
  static final String OTHER_KEY =
      "arn:aws:kms:us-west-2:444455556666:key/cccccccc-0000-4000-8000-000000000003";
  static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

  private final Ids ids = Ids.seeded(11);

  UserIdentity user(String account, String name) {
    return UserIdentity.iamUser(
        "AIDA" + name.toUpperCase(java.util.Locale.ROOT), account, name, null);
  }

  TrailEvent.Builder kms(String op, UserIdentity who, String keyArn, Instant time) {
    TrailEvent.Builder b =
        TrailEvent.builder()
            .userIdentity(who)
            .eventTime(time)
            .eventSource(TrailEvent.KMS)
            .eventName(op)
            .awsRegion("us-west-2")
            .sourceIPAddress("192.0.2.7")
            .requestID(ids.requestId())
            .eventID(ids.eventId())
            .readOnly(KmsOperations.isReadOnly(op))
            .eventType(EventType.AWS_API_CALL)
            .recipientAccountId(who.accountId() != null ? who.accountId() : OWNER);
    if (keyArn != null) {
      b.resource(TrailResource.kmsKey(keyArn));
    }
    return b;
  }

  TrailEvent kmsCall(String op, String account, String keyArn, Instant time) {
    return kms(op, user(account, "alice"), keyArn, time).build();
  }

  TrailEvent rotation(String keyArn, Instant time) {
    return TrailEvent.builder()
        .userIdentity(UserIdentity.awsInternal(OWNER))
        .eventTime(time)
        .eventSource(TrailEvent.KMS)
        .eventName("RotateKey")
        .awsRegion("us-west-2")
        .sourceIPAddress(UserIdentity.AWS_INTERNAL)
        .eventID(ids.eventId())
        .readOnly(false)
        .resource(TrailResource.kmsKey(keyArn))
        .eventType(EventType.AWS_SERVICE_EVENT)
        .recipientAccountId(OWNER)
        .serviceEventDetails(SeedEvents.JSON.createObjectNode().put("keyId", keyArn))
        .build();
  }

  Ids ids() {
    return ids;
  }
}
