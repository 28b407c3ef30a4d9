package io.atrest.engine.table.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.table.ControlPlaneAudit;
import io.atrest.engine.table.CreateTableRequest;
import io.atrest.engine.table.GetItemRequest;
import io.atrest.engine.table.PutItemRequest;
import io.atrest.engine.table.ReferenceDynamoDb;
import io.atrest.engine.table.TableStatus;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The table store on the reference KMS: what the trail shows, and what key states do. */
class ReferenceKmsTableKeysTest {
  private static final String ACCOUNT = "111122223333";
  private static final String REGION = "us-west-2";
  private final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-01T00:00:00Z"));
  private final AuditTrail trail = new AuditTrail();
  private final IamRegistry iam = new IamRegistry(new SecureRandom());
  private Principal.IamUser alice;
  private ReferenceKms kms;
  private ReferenceDynamoDb db;
  private String keyArn;

  @BeforeEach
  void cmkTable() {
    iam.addAccount(ACCOUNT, REGION);
    alice = iam.addUser(ACCOUNT, "alice");
    iam.attachPolicy(
        alice,
        IdentityPolicy.parse(
            "kms-all",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}"));
    iam.attachPolicy(
        alice,
        IdentityPolicy.parse(
            "dynamodb-all",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"}]}"));
    kms =
        ReferenceKms.builder()
            .clock(clock)
            .random(new SecureRandom())
            .trail(trail)
            .iam(iam)
            .region(REGION)
            .build();
    keyArn = kms.createKey(CreateKeyRequest.symmetric(Caller.direct(alice))).keyMetadata().arn();
    db =
        new ReferenceDynamoDb(
            ACCOUNT,
            REGION,
            clock,
            new ReferenceKmsTableKeys(kms),
            MapDbRecordStore.inMemory(),
            ControlPlaneAudit.none());
    db.createTable(
        CreateTableRequest.builder(Caller.direct(alice), "Books")
            .attribute("id", ScalarType.S)
            .key("id", KeyType.HASH)
            .billingMode(io.atrest.engine.table.BillingMode.PAY_PER_REQUEST)
            .sse(SseSpecification.customerManaged(keyArn))
            .build());
  }

  private List<TrailEvent> events(String name) {
    return trail.events().stream().filter(e -> e.eventName().equals(name)).toList();
  }

  private void get(String id) {
    db.items()
        .getItem(
            new GetItemRequest(Caller.direct(alice), "Books", Map.of("id", AttributeValue.s(id))));
  }

  @Test
  void creation_recordsCreateGrantAndGenerateDataKeyWithTableContext() {
    assertThat(events("CreateGrant")).hasSize(1);
    TrailEvent gdk = events("GenerateDataKey").get(0);
    assertThat(gdk.userIdentity().toJson().path("type").asText()).isEqualTo("AWSService");
    assertThat(
            gdk.requestParameters()
                .orElseThrow()
                .path("encryptionContext")
                .path("aws:dynamodb:tableName")
                .asText())
        .isEqualTo("Books");
  }

  @Test
  void manyRequestsWithinFiveMinutes_recordOneDecrypt() {
    for (int i = 0; i < 10_000; i++) {
      get("b" + (i % 7));
    }
    assertThat(events("Decrypt")).hasSize(1);
    assertThat(events("Decrypt").get(0).userIdentity().toJson().path("invokedBy").asText())
        .isEqualTo("dynamodb.amazonaws.com");
  }

  @Test
  void anHourOfTraffic_recordsTwelveDecrypts() {
    for (int minute = 0; minute < 60; minute++) {
      db.items()
          .putItem(
              PutItemRequest.of(
                  Caller.direct(alice), "Books", Map.of("id", AttributeValue.s("b" + minute))));
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(events("Decrypt").stream().filter(e -> alice.arn().equals(e.userIdentity().arn())))
        .hasSize(12);
  }

  @Test
  void disabledKey_makesTableInaccessibleAtNextRefresh() {
    get("x");
    kms.disableKey(DisableKeyRequest.of(Caller.direct(alice), keyArn));
    clock.advance(Duration.ofMinutes(5));
    assertThatThrownBy(() -> get("x")).isInstanceOf(AccessDeniedException.class);
    assertThat(db.describeTable(Caller.direct(alice), "Books").tableStatus())
        .isEqualTo(TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
  }

  @Test
  void deleteTable_recordsRetireGrant() {
    db.deleteTable(Caller.direct(alice), "Books");
    assertThat(events("RetireGrant")).hasSize(1);
  }
}
