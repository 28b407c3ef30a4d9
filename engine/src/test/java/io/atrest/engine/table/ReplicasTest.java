package io.atrest.engine.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.engine.kms.ReferenceKms;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.trail.TrailEvent;
import io.atrest.engine.trail.TrailSchemas;
import java.time.Duration;
import java.time.Instant;
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
    return bed.db.createReplica(new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.of(euKey)));
  }

  private ReplicaDescription replica() {
    return bed.db.describeReplicas(bed.alice(), "Books").get(0);
  }

  private Instant disableEuKeyAndDetect() {
    replicate();
    euKms.disableKey(DisableKeyRequest.of(bed.alice(), euKey));
    bed.clock.advance(Duration.ofMinutes(5));
    Instant detected = bed.clock.instant();
    assertThat(replica().replicaStatus()).isEqualTo(ReplicaStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
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
    assertThatThrownBy(() -> bed.db.createReplica(new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.empty())))
        .isInstanceOf(ValidationException.class)
        .hasMessage("One or more parameter values were invalid: KMSMasterKeyId must be specified for each replica.");
  }

  @Test
  void replicaKeyFromTheTablesRegion_isRefused() {
    String homeKey = bed.createKey();
    assertThatThrownBy(() -> bed.db.createReplica(new CreateReplicaRequest(bed.alice(), "Books", EU, Optional.of(homeKey))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("KMS validation error");
  }

  @Test
  void createReplica_isRecordedAsUpdateTableWithReplicaUpdates() {
    replicate();
    TrailEvent e = bed.last(TrailEvent.DYNAMODB, "UpdateTable");
    JsonNode create = e.toJson().path("requestParameters").path("replicaUpdates").path(0).path("create");
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
}
