package io.atrest.engine.table;

import io.atrest.engine.clock.VirtualClock;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IamRegistry;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.MapDbRecordStore;
import io.atrest.engine.table.storage.RecordStore;
import io.atrest.policy.eval.Principal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;

/**
 * A store over an in-test KMS and a virtual clock, with helpers for the Music table of seed 001.
 * Alice and bob are IAM users allowed every DynamoDB action, so only the KMS can refuse them.
 */
final class TableFixture {
  static final String DYNAMODB_ALL =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"}]}";
  final VirtualClock clock = VirtualClock.startingAt(Instant.parse("2026-01-05T10:00:00Z"));
  final TestKms kms = new TestKms();
  final IamRegistry iam = new IamRegistry(new SecureRandom());
  final Caller alice = Caller.direct(user("alice"));
  final Caller bob = Caller.direct(user("bob"));
  final ReferenceDynamoDb db;

  TableFixture() {
    this(MapDbRecordStore.inMemory());
  }

  TableFixture(RecordStore store) {
    db =
        new ReferenceDynamoDb(
            TestKms.ACCOUNT,
            TestKms.REGION,
            clock,
            kms,
            store,
            ControlPlaneAudit.none(),
            authorizer());
  }

  TableAuthorizer authorizer() {
    return TableAuthorizer.iam(iam, TestKms.ACCOUNT, clock);
  }

  private Principal user(String name) {
    iam.addAccount(TestKms.ACCOUNT, TestKms.REGION);
    Principal user = iam.addUser(TestKms.ACCOUNT, name);
    iam.attachPolicy(user, IdentityPolicy.parse("dynamodb-all", DYNAMODB_ALL));
    return user;
  }

  static CreateTableRequest.Builder music(Caller caller) {
    return CreateTableRequest.builder(caller, "Music")
        .attribute("Artist", ScalarType.S)
        .attribute("SongTitle", ScalarType.S)
        .key("Artist", KeyType.HASH)
        .key("SongTitle", KeyType.RANGE)
        .provisionedThroughput(10, 5);
  }

  TableDescription createMusic(SseSpecification sse) {
    TableDescription d = db.createTable(music(alice).sse(sse).build());
    db.describeTable(alice, "Music");
    return d;
  }

  static Map<String, AttributeValue> song(String artist, String title) {
    return Map.of("Artist", AttributeValue.s(artist), "SongTitle", AttributeValue.s(title));
  }

  void put(Caller caller, Map<String, AttributeValue> item) {
    db.items().putItem(PutItemRequest.of(caller, "Music", item));
  }

  java.util.Optional<Map<String, AttributeValue>> get(Caller caller, String artist, String title) {
    return db.items().getItem(new GetItemRequest(caller, "Music", song(artist, title)));
  }
}
