package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.features.types.KeyRef;
import io.atrest.features.world.KmsWorld;
import io.atrest.features.world.TableWorld;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioNamesTest {

  private static final String KEY_ID = "0f0e0d0c-0b0a-0908-0706-050403020100";
  private static final String ARN = "arn:aws:kms:us-west-2:111122223333:key/" + KEY_ID;
  private static final String SEED_ID = "abcd1234-abcd-1234-a123-ab1234a1b234";

  private final KmsWorld world = new KmsWorld();
  private final TableWorld tables = new TableWorld(world);
  private final ScenarioNames names = new ScenarioNames(world, tables);

  ScenarioNamesTest() {
    world.rememberKey("music-key", ARN, "{}");
  }

  @Test
  void keyPlaceholders_areReplacedByIdAndArn() {
    assertThat(
            names.resolve("KMSMasterKeyId=<id of key \"music-key\">,x=<arn of key \"music-key\">"))
        .isEqualTo("KMSMasterKeyId=" + KEY_ID + ",x=" + ARN);
  }

  @Test
  void backupPlaceholder_isReplacedByTheBackupArn() {
    names.rememberBackup("nightly", "arn:aws:dynamodb:us-west-2:111122223333:table/Music/backup/1");
    assertThat(names.resolve("--backup-arn <arn of backup \"nightly\">"))
        .isEqualTo("--backup-arn arn:aws:dynamodb:us-west-2:111122223333:table/Music/backup/1");
  }

  @Test
  void unknownBackup_isNamedInTheError() {
    assertThatThrownBy(() -> names.backupArn("weekly")).hasMessageContaining("weekly");
  }

  @Test
  void seedLiteralKeyId_standsForTheScenarioKey() {
    tables.standIn(SEED_ID, ARN);
    assertThat(names.shorthand("Enabled=true,SSEType=KMS,KMSMasterKeyId=" + SEED_ID))
        .isEqualTo(SseSpecification.customerManaged(KEY_ID));
  }

  @Test
  void shorthandWithoutKey_keepsAbsentMembersAbsent() {
    assertThat(names.shorthand("Enabled=false")).isEqualTo(SseSpecification.disabled());
  }

  @Test
  void shorthandWithUnknownMember_isRejected() {
    assertThatThrownBy(() -> names.shorthand("Enabled=true,KeyId=x"))
        .hasMessageContaining("KeyId=x");
  }

  @Test
  void shorthandWithNonBooleanEnabled_isRejected() {
    assertThatThrownBy(() -> names.shorthand("Enabled=yes")).hasMessageContaining("yes");
  }

  @Test
  void customerKeyRef_isSentAsTheBareKeyId() {
    assertThat(
            names.spec(
                new SseRef.Customer(new KeyRef("music-key", false), SseRef.Naming.KEY_ID, null)))
        .contains(SseSpecification.customerManaged(KEY_ID));
  }

  @Test
  void customerKeyRefByArn_isSentAsTheArn() {
    assertThat(
            names.spec(
                new SseRef.Customer(new KeyRef("music-key", false), SseRef.Naming.ARN, null)))
        .contains(SseSpecification.customerManaged(ARN));
  }

  @Test
  void absentSpecification_sendsNone() {
    assertThat(names.spec(new SseRef.Absent())).isEqualTo(Optional.empty());
  }

  @Test
  void awsOwnedKey_isSentAsEnabledFalse() {
    assertThat(names.spec(new SseRef.AwsOwned())).contains(SseSpecification.disabled());
  }
}
