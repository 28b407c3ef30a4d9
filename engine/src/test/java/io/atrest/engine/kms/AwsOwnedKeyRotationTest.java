package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.CiphertextBlob;
import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.store.InMemoryKmsStore;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AwsOwnedKeyRotationTest {

  private final InMemoryKmsStore store = new InMemoryKmsStore();
  private final KmsTestbed bed = new KmsTestbed(store);
  private final EncryptionContext table =
      EncryptionContext.of(
          Map.of("aws:dynamodb:tableName", "Books", "aws:dynamodb:subscriberId", ACCOUNT));

  @Test
  void newOwnedKey_hasOneMaterialVersionMadeAtFirstUse() {
    AwsOwnedKey owned = bed.kms.awsOwnedKey("dynamodb");
    assertThat(owned.materialVersions())
        .extracting(AwsOwnedKey.MaterialVersion::number, AwsOwnedKey.MaterialVersion::createdAt)
        .containsExactly(Tuple.tuple(1, bed.clock.instant()));
  }

  @Test
  void ownedKey_rotatesAfter365Days() {
    AwsOwnedKey first = bed.kms.awsOwnedKey("dynamodb");
    bed.clock.advance(Duration.ofDays(364));
    assertThat(bed.kms.awsOwnedKey("dynamodb").materialVersions()).hasSize(1);
    bed.clock.advance(Duration.ofDays(1));
    assertThat(bed.kms.awsOwnedKey("dynamodb").materialVersions())
        .extracting(AwsOwnedKey.MaterialVersion::createdAt)
        .containsExactly(
            first.materialVersions().get(0).createdAt(),
            first.materialVersions().get(0).createdAt().plus(Duration.ofDays(365)));
  }

  @Test
  void threeYears_makeThreeRotations() {
    bed.kms.awsOwnedKey("dynamodb");
    bed.clock.advance(Duration.ofDays(3 * 365 + 1));
    assertThat(bed.kms.awsOwnedKey("dynamodb").materialVersions())
        .extracting(AwsOwnedKey.MaterialVersion::number)
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void afterRotation_oldCiphertextStillDecrypts() {
    AwsOwnedKey.GeneratedDataKey old =
        bed.kms.awsOwnedKey("dynamodb").generateDataKey(table, DataKeySpec.AES_256);
    bed.clock.advance(Duration.ofDays(366));
    AwsOwnedKey rotated = bed.kms.awsOwnedKey("dynamodb");
    assertThat(rotated.decrypt(old.ciphertextBlob(), table).equalsSecret(old.plaintext())).isTrue();
  }

  @Test
  void afterRotation_newCiphertextUsesTheNewestVersion() {
    bed.kms.awsOwnedKey("dynamodb");
    bed.clock.advance(Duration.ofDays(366));
    AwsOwnedKey rotated = bed.kms.awsOwnedKey("dynamodb");
    byte[] blob = rotated.generateDataKey(table, DataKeySpec.AES_256).ciphertextBlob();
    assertThat(CiphertextBlob.parse(blob).materialId())
        .isEqualTo(rotated.materialVersions().get(1).materialId());
  }

  @Test
  void rotation_leavesNoEventInTheCustomersTrail() {
    bed.kms.awsOwnedKey("dynamodb");
    bed.clock.advance(Duration.ofDays(366));
    bed.kms.awsOwnedKey("dynamodb").generateDataKey(table, DataKeySpec.AES_256);
    assertThat(bed.trail.events()).isEmpty();
  }

  @Test
  void rotatedMaterial_persistsInTheStore() {
    AwsOwnedKey first = bed.kms.awsOwnedKey("dynamodb");
    bed.clock.advance(Duration.ofDays(366));
    String second = bed.kms.awsOwnedKey("dynamodb").materialVersions().get(1).materialId();
    assertThat(store.material(first.keyId(), second)).isPresent();
  }

  @Test
  void rotationSchedule_countsFromFirstUse_acrossARestart() {
    AwsOwnedKey first = bed.kms.awsOwnedKey("dynamodb");
    KmsTestbed reopened = new KmsTestbed(store);
    reopened.clock.advance(Duration.ofDays(200));
    assertThat(reopened.kms.awsOwnedKey("dynamodb").materialVersions())
        .extracting(AwsOwnedKey.MaterialVersion::createdAt)
        .containsExactly(first.materialVersions().get(0).createdAt());
    reopened.clock.advance(Duration.ofDays(165));
    assertThat(reopened.kms.awsOwnedKey("dynamodb").materialVersions()).hasSize(2);
  }
}
