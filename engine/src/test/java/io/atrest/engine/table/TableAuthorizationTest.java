package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.schema.KeyType;
import io.atrest.engine.table.schema.ScalarType;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.policy.Outcome;
import io.atrest.policy.eval.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IAM authorizes every DynamoDB request before DynamoDB calls KMS: the key policy allowing the KMS
 * calls is not enough (seed 004, KMS-POL-013).
 */
class TableAuthorizationTest {
  private static final String BOOKS_ARN = "arn:aws:dynamodb:us-west-2:111122223333:table/Books";
  private final KmsBed bed = new KmsBed();
  private Caller mallory;

  @BeforeEach
  void booksUnderACustomerManagedKey() {
    bed.createBooks(SseSpecification.customerManaged(bed.createKey()));
    bed.put("b1");
    mallory = Caller.direct(user("mallory", allow("s3:GetObject", "*")));
  }

  /**
   * A user allowed {@code kms:*} through IAM, which the key's default policy lets count, so every
   * KMS call DynamoDB makes for it would be allowed; and {@code policy} beside.
   */
  private Principal user(String name, String policy) {
    Principal.IamUser user = bed.iam.addUser(KmsBed.ACCOUNT, name);
    bed.iam.attachPolicy(user, IdentityPolicy.parse("kms-all", allow("kms:*", "*")));
    bed.iam.attachPolicy(user, IdentityPolicy.parse(name + "-policy", policy));
    return user;
  }

  private static String allow(String action, String resource) {
    return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\""
        + action
        + "\",\"Resource\":\""
        + resource
        + "\"}]}";
  }

  private void createFilms() {
    bed.db.createTable(
        CreateTableRequest.builder(bed.alice(), "Films")
            .attribute("id", ScalarType.S)
            .key("id", KeyType.HASH)
            .billingMode(BillingMode.PAY_PER_REQUEST)
            .build());
    bed.db.describeTable(bed.alice(), "Films");
  }

  private Optional<Map<String, AttributeValue>> get(Caller caller, String table) {
    return bed.db
        .items()
        .getItem(new GetItemRequest(caller, table, Map.of("id", AttributeValue.s("b1"))));
  }

  private int kmsEvents() {
    return (int)
        bed.trail.events().stream().filter(e -> e.eventSource().equals(TrailEvent.KMS)).count();
  }

  @Test
  void getItemWithoutDynamoDbPermission_isRefusedWithAwsMessage() {
    assertThatThrownBy(() -> get(mallory, "Books"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage(
            "User: arn:aws:iam::111122223333:user/mallory is not authorized to perform:"
                + " dynamodb:GetItem on resource: "
                + BOOKS_ARN
                + " because no identity-based policy allows the dynamodb:GetItem action");
  }

  @Test
  void refusalWithoutDynamoDbPermission_makesNoKmsCall() {
    int before = kmsEvents();
    assertThatThrownBy(() -> get(mallory, "Books")).isInstanceOf(AccessDeniedException.class);
    assertThat(kmsEvents()).isEqualTo(before);
  }

  @Test
  void refusal_carriesTheImplicitDenyDecision() {
    AccessDeniedException e = (AccessDeniedException) catchThrowable(() -> get(mallory, "Books"));
    assertThat(e.decision()).map(d -> d.outcome()).contains(Outcome.IMPLICIT_DENY);
    assertThat(e.decision().orElseThrow().explain()).contains("mallory-policy");
  }

  @Test
  void explicitDenyOfGetItem_refusesReadsWithTheExplicitDenyMessage() {
    Caller reader =
        Caller.direct(
            user(
                "reader",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                    + "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"},"
                    + "{\"Sid\":\"NoReads\",\"Effect\":\"Deny\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\"}]}"));
    assertThatThrownBy(() -> get(reader, "Books"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith(
            "dynamodb:GetItem on resource: "
                + BOOKS_ARN
                + " with an explicit deny in an identity-based policy");
  }

  @Test
  void explicitDenyOfGetItem_leavesWritesAllowed() {
    Caller writer =
        Caller.direct(
            user(
                "writer",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                    + "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"},"
                    + "{\"Effect\":\"Deny\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\"}]}"));
    bed.db
        .items()
        .putItem(PutItemRequest.of(writer, "Books", Map.of("id", AttributeValue.s("w1"))));
    assertThat(bed.get("w1")).isPresent();
  }

  @Test
  void permissionOnOneTable_doesNotReachAnother() {
    createFilms();
    Caller reader = Caller.direct(user("reader", allow("dynamodb:GetItem", BOOKS_ARN)));
    assertThat(get(reader, "Books")).isPresent();
    assertThatThrownBy(() -> get(reader, "Films"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Films");
  }

  @Test
  void refusedControlPlaneCall_isRecordedWithItsErrorInDynamoDbsTrail() {
    assertThatThrownBy(() -> bed.db.describeTable(mallory, "Books"))
        .isInstanceOf(AccessDeniedException.class);
    TrailEvent event = bed.last(TrailEvent.DYNAMODB, "DescribeTable");
    assertThat(event.errorCode()).contains("AccessDeniedException");
    assertThat(event.errorMessage().orElseThrow()).contains("dynamodb:DescribeTable");
  }

  @Test
  void accountRoot_isAllowedWithoutIdentityPolicies() {
    assertThat(get(Caller.direct(new Principal.AccountRoot(KmsBed.ACCOUNT)), "Books")).isPresent();
  }

  @Test
  void principalOfAnotherAccount_isRefusedForLackOfAResourcePolicy() {
    bed.iam.addAccount("444455556666", KmsBed.REGION);
    Principal.IamUser carol = bed.iam.addUser("444455556666", "carol");
    bed.iam.attachPolicy(carol, IdentityPolicy.parse("all", allow("dynamodb:*", "*")));
    assertThatThrownBy(() -> get(Caller.direct(carol), "Books"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith(
            "because no resource-based policy allows the dynamodb:GetItem action");
  }

  @Test
  void batchWriteRefusedOnOneTable_writesNothing() {
    createFilms();
    Caller writer = Caller.direct(user("writer", allow("dynamodb:BatchWriteItem", BOOKS_ARN)));
    Map<String, List<WriteRequest>> writes = new java.util.LinkedHashMap<>();
    writes.put("Books", List.of(new WriteRequest.Put(Map.of("id", AttributeValue.s("n1")))));
    writes.put("Films", List.of(new WriteRequest.Put(Map.of("id", AttributeValue.s("n2")))));
    assertThatThrownBy(() -> bed.db.items().batchWriteItem(writer, writes))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(bed.get("n1")).isEmpty();
  }

  @Test
  void batchGetItem_needsBatchGetItemNotGetItem() {
    Caller reader = Caller.direct(user("reader", allow("dynamodb:BatchGetItem", BOOKS_ARN)));
    var found =
        bed.db
            .items()
            .batchGetItem(reader, Map.of("Books", List.of(Map.of("id", AttributeValue.s("b1")))));
    assertThat(found.get("Books")).hasSize(1);
  }

  @Test
  void restoreWithoutWritePermissionOnTheTarget_isRefused() {
    String backup = bed.db.backups().createBackup(bed.alice(), "Books", "nightly").backupArn();
    Caller restorer =
        Caller.direct(user("restorer", allow("dynamodb:RestoreTableFromBackup", "*")));
    assertThatThrownBy(
            () ->
                bed.db.backups().restoreTableFromBackup(restorer, "Copy", backup, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(
            "dynamodb:PutItem on resource: arn:aws:dynamodb:us-west-2:111122223333:table/Copy");
    assertThat(bed.db.listTables()).doesNotContain("Copy");
  }

  @Test
  void denyOnDirectCalls_refusesACallerNotComingThroughAService() {
    Caller direct =
        Caller.direct(
            user(
                "direct",
                "{\"Version\":\"2012-10-17\",\"Statement\":["
                    + "{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\",\"Resource\":\"*\"},"
                    + "{\"Effect\":\"Deny\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\","
                    + "\"Condition\":{\"Bool\":{\"aws:ViaAWSService\":\"false\"}}}]}"));

    assertThatThrownBy(() -> get(direct, "Books"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("with an explicit deny in an identity-based policy");
  }

  @Test
  void denyAttachedBetweenReads_refusesTheNextRead() {
    Principal.IamUser reader = bed.iam.addUser(KmsBed.ACCOUNT, "reader");
    bed.iam.attachPolicy(reader, IdentityPolicy.parse("kms-all", allow("kms:*", "*")));
    bed.iam.attachPolicy(reader, IdentityPolicy.parse("dynamodb-all", allow("dynamodb:*", "*")));
    assertThat(get(Caller.direct(reader), "Books")).isPresent();
    bed.iam.attachPolicy(
        reader,
        IdentityPolicy.parse(
            "no-reads",
            "{\"Version\":\"2012-10-17\",\"Statement\":["
                + "{\"Effect\":\"Deny\",\"Action\":\"dynamodb:GetItem\",\"Resource\":\"*\"}]}"));
    assertThatThrownBy(() -> get(Caller.direct(reader), "Books"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageEndingWith("with an explicit deny in an identity-based policy");
  }
}
