package io.atrest.engine.table;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.engine.trail.AuditTrail;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailSchemaCheck;
import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The table store on the reference KMS, wired as {@link ReferenceDynamoDb#onReferenceKms} wires it:
 * one account, alice allowed {@code kms:*} and {@code dynamodb:*} by IAM, one trail shared by KMS
 * and DynamoDB.
 */
final class KmsBed {
  static final String ACCOUNT = "111122223333";
  static final String REGION = "us-west-2";
  final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-05T10:00:00Z"));
  final AuditTrail trail = TrailSchemaCheck.watch(new AuditTrail());
  final IamRegistry iam = new IamRegistry(new SecureRandom());
  final Principal.IamUser alice;
  final ReferenceKms kms;
  final RecordStore store = MapDbRecordStore.inMemory();
  final ReferenceDynamoDb db;

  KmsBed() {
    iam.addAccount(ACCOUNT, REGION);
    alice = iam.addUser(ACCOUNT, "alice");
    iam.attachPolicy(
        alice,
        IdentityPolicy.parse(
            "kms-all",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"kms:*\",\"Resource\":\"*\"}]}"));
    iam.attachPolicy(alice, IdentityPolicy.parse("dynamodb-all", TableFixture.DYNAMODB_ALL));
    kms = kmsIn(REGION);
    db = ReferenceDynamoDb.onReferenceKms(ACCOUNT, kms, trail, iam, clock, store);
  }

  /** Another region's KMS of the same account, sharing the clock, IAM and trail. */
  ReferenceKms kmsIn(String region) {
    return ReferenceKms.builder()
        .clock(clock)
        .random(new SecureRandom())
        .trail(trail)
        .iam(iam)
        .region(region)
        .build();
  }

  Caller alice() {
    return Caller.direct(alice);
  }

  String createKey() {
    return kms.createKey(CreateKeyRequest.symmetric(alice())).keyMetadata().arn();
  }

  TableDescription createBooks(SseSpecification sse) {
    TableDescription d = db.createTable(books().sse(sse).build());
    db.describeTable(alice(), "Books");
    return d;
  }

  CreateTableRequest.Builder books() {
    return CreateTableRequest.builder(alice(), "Books")
        .attribute("id", ScalarType.S)
        .key("id", KeyType.HASH)
        .billingMode(BillingMode.PAY_PER_REQUEST);
  }

  void put(String id) {
    db.items().putItem(PutItemRequest.of(alice(), "Books", Map.of("id", AttributeValue.s(id))));
  }

  Optional<Map<String, AttributeValue>> get(String id) {
    return db.items()
        .getItem(new GetItemRequest(alice(), "Books", Map.of("id", AttributeValue.s(id))));
  }

  TableStatus status() {
    return db.describeTable(alice(), "Books").tableStatus();
  }

  List<TrailEvent> events(String source, String name) {
    return trail.events().stream()
        .filter(e -> e.eventSource().equals(source) && e.eventName().equals(name))
        .toList();
  }

  TrailEvent last(String source, String name) {
    List<TrailEvent> found = events(source, name);
    return found.get(found.size() - 1);
  }
}
