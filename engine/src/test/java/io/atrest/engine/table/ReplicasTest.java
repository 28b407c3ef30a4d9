package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.identity.IdentityPolicy;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.item.AttributeValue;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.storage.Space;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailSchemas;
import io.atrest.policy.eval.Principal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReplicasTest {
  private static final String EU = "eu-west-1";
  private final KmsBed bed = new KmsBed();
  private ReferenceKms euKms;
  private String euKey;

  @BeforeEach
  void cmkTableAndAKeyInTheReplicaRegion() {
    euKms = bed.kmsIn(EU);
    bed.db.registerReplicaRegion(euKms);
    euKey = euKms.createKey(CreateKeyRequest.symmetric(bed.alice())).keyMetadata().arn();
    bed.createBooks(SseSpecification.customerManaged(bed.createKey()));
  }

  private TableDescription replicate() {
    return bed.db.createReplica(
        new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.of(euKey)));
  }

  private ReplicaDescription replica() {
    return bed.db.describeReplicas(bed.alice(), "Books").get(0);
  }

  private Instant disableEuKeyAndDetect() {
    replicate();
    euKms.disableKey(DisableKeyRequest.of(bed.alice(), euKey));
    bed.clock.advance(Duration.ofMinutes(5));
    Instant detected = bed.clock.instant();
    assertThat(replica().replicaStatus())
        .isEqualTo(ReplicaStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
    return detected;
  }

  @Test
  void replica_usesACustomerManagedKeyOfItsOwnRegion() {
    TableDescription d = replicate();
    assertThat(d.replicaRegions()).containsExactly(EU);
    assertThat(replica().kmsMasterKeyId()).contains(euKey);
    assertThat(replica().replicaStatus()).isEqualTo(ReplicaStatus.ACTIVE);
  }

  @Test
  void replicaKey_isGrantedToDynamoDbInTheReplicaRegion() {
    replicate();
    TrailEvent grant = bed.last(TrailEvent.KMS, "CreateGrant");
    assertThat(grant.awsRegion()).isEqualTo(EU);
    assertThat(grant.resourceArns("AWS::KMS::Key")).containsExactly(euKey);
    assertThat(grant.requestParameters().orElseThrow().path("granteePrincipal").asText())
        .isEqualTo("dynamodb.eu-west-1.amazonaws.com");
  }

  @Test
  void replicaOfACustomerManagedKeyTableWithoutAKey_isRefused() {
    assertThatThrownBy(
            () ->
                bed.db.createReplica(
                    new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.empty())))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "One or more parameter values were invalid: KMSMasterKeyId must be specified for each replica.");
  }

  @Test
  void replicaKeyFromTheTablesRegion_isRefused() {
    String homeKey = bed.createKey();
    assertThatThrownBy(
            () ->
                bed.db.createReplica(
                    new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.of(homeKey))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("KMS validation error");
  }

  @Test
  void createReplica_isRecordedAsUpdateTableWithReplicaUpdates() {
    replicate();
    TrailEvent e = bed.last(TrailEvent.DYNAMODB, "UpdateTable");
    JsonNode create =
        e.toJson().path("requestParameters").path("replicaUpdates").path(0).path("create");
    assertThat(create.path("regionName").asText()).isEqualTo(EU);
    assertThat(create.path("kMSMasterKeyId").asText()).isEqualTo(euKey);
    assertThat(TrailSchemas.fromClasspath().validate(e)).isEmpty();
  }

  @Test
  void inaccessibleReplicaKey_isDetectedWithItsTime() {
    Instant detected = disableEuKeyAndDetect();
    assertThat(replica().replicaInaccessibleDateTime()).contains(detected);
    assertThat(bed.status()).isEqualTo(TableStatus.ACTIVE);
  }

  @Test
  void replicaInaccessibleForLessThan20Hours_staysInTheGroup() {
    disableEuKeyAndDetect();
    bed.clock.advance(Duration.ofHours(20).minusSeconds(1));
    assertThat(replica().inReplicationGroup()).isTrue();
    assertThat(bed.db.describeTable(bed.alice(), "Books").replicaRegions()).containsExactly(EU);
  }

  @Test
  void replicaInaccessibleFor20Hours_leavesTheGroupWithoutBeingDeleted() {
    disableEuKeyAndDetect();
    bed.clock.advance(Duration.ofHours(20));
    assertThat(bed.db.describeTable(bed.alice(), "Books").replicaRegions()).isEmpty();
    ReplicaDescription kept = replica();
    assertThat(kept.inReplicationGroup()).isFalse();
    assertThat(kept.regionName()).isEqualTo(EU);
  }

  @Test
  void replicaKeyBackWithin20Hours_makesTheReplicaActiveAgain() {
    disableEuKeyAndDetect();
    bed.clock.advance(Duration.ofHours(10));
    euKms.enableKey(EnableKeyRequest.of(bed.alice(), euKey));
    assertThat(replica().replicaStatus()).isEqualTo(ReplicaStatus.ACTIVE);
    assertThat(replica().replicaInaccessibleDateTime()).isEmpty();
  }

  @Test
  void replicaKeyBackAfterLeaving_doesNotRejoinTheGroup() {
    disableEuKeyAndDetect();
    bed.clock.advance(Duration.ofHours(21));
    replica();
    euKms.enableKey(EnableKeyRequest.of(bed.alice(), euKey));
    bed.clock.advance(Duration.ofMinutes(5));
    assertThat(replica().inReplicationGroup()).isFalse();
  }

  private Optional<Map<String, AttributeValue>> replicaItem(String id) {
    return bed.db
        .items()
        .getReplicaItem(
            EU, new GetItemRequest(bed.alice(), "Books", Map.of("id", AttributeValue.s(id))));
  }

  /** Stored item records of the replica: every item record of the store but the table's own. */
  private long replicaRecords() {
    long all = 0;
    for (Map.Entry<byte[], byte[]> ignored : bed.store.scan(Space.ITEMS, new byte[0])) {
      all++;
    }
    return all - bed.db.describeTable(bed.alice(), "Books").itemCount();
  }

  @Test
  void writeToTheTable_reachesAnActiveReplicaEncrypted() {
    replicate();
    String canary = "CANARY-replicated-title";
    bed.db
        .items()
        .putItem(
            PutItemRequest.of(
                bed.alice(),
                "Books",
                Map.of("id", AttributeValue.s("b1"), "title", AttributeValue.s(canary))));
    assertThat(replicaItem("b1"))
        .contains(Map.of("id", AttributeValue.s("b1"), "title", AttributeValue.s(canary)));
    assertThat(replicaRecords()).isEqualTo(1);
    assertThat(bed.store.scan(Space.ITEMS, new byte[0]))
        .hasSize(2)
        .allSatisfy(
            e ->
                assertThat(new String(e.getValue(), StandardCharsets.ISO_8859_1))
                    .doesNotContain(canary));
  }

  @Test
  void newReplica_startsWithTheTablesItems() {
    bed.put("before");
    replicate();
    assertThat(replicaItem("before")).isPresent();
  }

  @Test
  void updateAndDelete_reachTheReplica() {
    replicate();
    bed.put("b1");
    bed.put("b2");
    bed.db
        .items()
        .updateItem(
            new UpdateItemRequest(
                bed.alice(),
                "Books",
                Map.of("id", AttributeValue.s("b1")),
                new Expression("SET title = :t", Map.of(), Map.of(":t", AttributeValue.s("New"))),
                Optional.empty()));
    bed.db
        .items()
        .deleteItem(
            new DeleteItemRequest(
                bed.alice(), "Books", Map.of("id", AttributeValue.s("b2")), Optional.empty()));
    assertThat(replicaItem("b1"))
        .contains(Map.of("id", AttributeValue.s("b1"), "title", AttributeValue.s("New")));
    assertThat(replicaItem("b2")).isEmpty();
  }

  @Test
  void batchWrite_reachesTheReplica() {
    replicate();
    bed.db
        .items()
        .batchWriteItem(
            bed.alice(),
            Map.of(
                "Books",
                List.of(
                    new WriteRequest.Put(Map.of("id", AttributeValue.s("b1"))),
                    new WriteRequest.Put(Map.of("id", AttributeValue.s("b2"))))));
    assertThat(replicaItem("b1")).isPresent();
    assertThat(replicaItem("b2")).isPresent();
  }

  @Test
  void replicaRead_decryptsTheReplicaKeyInItsRegionAsTheCaller() {
    replicate();
    bed.put("b1");
    replicaItem("b1");
    TrailEvent decrypt = bed.last(TrailEvent.KMS, "Decrypt");
    assertThat(decrypt.awsRegion()).isEqualTo(EU);
    assertThat(decrypt.resourceArns("AWS::KMS::Key")).containsExactly(euKey);
    assertThat(decrypt.userIdentity().arn()).isEqualTo(bed.alice.arn());
  }

  @Test
  void replicaReads_areCachedPerCallerForFiveMinutes() {
    replicate();
    bed.put("b1");
    replicaItem("b1");
    int decrypts = bed.events(TrailEvent.KMS, "Decrypt").size();
    replicaItem("b1");
    assertThat(bed.events(TrailEvent.KMS, "Decrypt")).hasSize(decrypts);
  }

  @Test
  void replicaWithItsKeyDisabled_receivesNothing() {
    disableEuKeyAndDetect();
    bed.put("during");
    assertThat(replicaRecords()).isZero();
  }

  @Test
  void replicaWithItsKeyDisabled_failsReadsAsTheTableDoes() {
    disableEuKeyAndDetect();
    assertThatThrownBy(() -> replicaItem("any"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("KMS key access denied error")
        .hasMessageContaining("DisabledException");
  }

  @Test
  void replicaKeyBackWithin20Hours_catchesUpWhatHappenedMeanwhile() {
    bed.put("deleted-meanwhile");
    disableEuKeyAndDetect();
    bed.put("during");
    bed.db
        .items()
        .deleteItem(
            new DeleteItemRequest(
                bed.alice(),
                "Books",
                Map.of("id", AttributeValue.s("deleted-meanwhile")),
                Optional.empty()));
    bed.clock.advance(Duration.ofHours(10));
    euKms.enableKey(EnableKeyRequest.of(bed.alice(), euKey));
    assertThat(replica().replicaStatus()).isEqualTo(ReplicaStatus.ACTIVE);
    assertThat(replicaItem("during")).isPresent();
    assertThat(replicaItem("deleted-meanwhile")).isEmpty();
  }

  @Test
  void replicaThatLeftTheGroup_keepsItsItemsAndReceivesNoNewOnes() {
    bed.put("before");
    disableEuKeyAndDetect();
    bed.clock.advance(Duration.ofHours(20));
    assertThat(replica().inReplicationGroup()).isFalse();
    euKms.enableKey(EnableKeyRequest.of(bed.alice(), euKey));
    bed.put("after");
    assertThat(replicaItem("before")).isPresent();
    assertThat(replicaItem("after")).isEmpty();
    assertThat(replicaRecords()).isEqualTo(1);
  }

  @Test
  void replicaRead_needsThePermissionOnTheReplicaTableArn() {
    replicate();
    Principal.IamUser carol = bed.iam.addUser(KmsBed.ACCOUNT, "carol");
    bed.iam.attachPolicy(
        carol,
        IdentityPolicy.parse(
            "home-only",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"dynamodb:*\","
                + "\"Resource\":\"arn:aws:dynamodb:us-west-2:111122223333:table/Books\"}]}"));
    assertThatThrownBy(
            () ->
                bed.db
                    .items()
                    .getReplicaItem(
                        EU,
                        new GetItemRequest(
                            Caller.direct(carol), "Books", Map.of("id", AttributeValue.s("b1")))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("arn:aws:dynamodb:eu-west-1:111122223333:table/Books");
  }

  @Test
  void deleteTable_removesTheReplicasItems() {
    replicate();
    bed.put("b1");
    bed.db.deleteTable(bed.alice(), "Books");
    assertThat(bed.store.scan(Space.ITEMS, new byte[0])).isEmpty();
  }
}
