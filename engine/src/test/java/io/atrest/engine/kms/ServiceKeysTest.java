package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.GenerateDataKeyRequest;
import io.atrest.engine.kms.api.GetKeyPolicyRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.ListKeysRequest;
import io.atrest.engine.kms.api.PutKeyPolicyRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.trail.KeyKind;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceKeysTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final EncryptionContext table =
      EncryptionContext.of(
          Map.of("aws:dynamodb:tableName", "Books", "aws:dynamodb:subscriberId", ACCOUNT));

  @Test
  void awsManagedKey_isCreatedOnFirstUseWithTheDocumentedMetadata() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    assertThat(key.keyManager()).isEqualTo(KeyManager.AWS);
    assertThat(key.description())
        .isEqualTo("Default key that protects my DynamoDB data when no other key is defined");
    assertThat(bed.kms.awsManagedKey("dynamodb", ACCOUNT).arn()).isEqualTo(key.arn());
  }

  @Test
  void describeKeyOnThePredefinedDynamoDbAlias_createsTheAwsManagedKey() {
    KeyMetadata described =
        bed.kms
            .describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), "alias/aws/dynamodb"))
            .keyMetadata();

    assertThat(described.keyManager()).isEqualTo(KeyManager.AWS);
    assertThat(described.arn()).isEqualTo(bed.kms.awsManagedKey("dynamodb", ACCOUNT).arn());
  }

  @Test
  void describeKeyOnThePredefinedDynamoDbAliasArn_createsTheAwsManagedKey() {
    String aliasArn = "arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/aws/dynamodb";
    KeyMetadata described =
        bed.kms.describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), aliasArn)).keyMetadata();

    assertThat(described.description())
        .isEqualTo("Default key that protects my DynamoDB data when no other key is defined");
  }

  @Test
  void describeKeyOnAPredefinedAliasOfAServiceTheEngineDoesNotModel_findsNoKey() {
    assertThatThrownBy(
            () ->
                bed.kms.describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), "alias/aws/ebs")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void awsManagedKeyPolicy_isTheSeedPolicyForTheAccountAndRegion() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    String policy =
        bed.kms.getKeyPolicy(GetKeyPolicyRequest.of(bed.caller(bed.root), key.keyId())).policy();
    assertThat(policy)
        .contains("\"Id\" : \"auto-dynamodb-1\"")
        .contains("\"kms:CallerAccount\" : \"" + ACCOUNT + "\"")
        .contains("\"kms:ViaService\" : \"dynamodb.us-west-2.amazonaws.com\"")
        .contains("\"Service\" : \"dynamodb.amazonaws.com\"");
  }

  @Test
  void awsManagedKey_isUsableThroughDynamoDbOnly() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    var viaDynamo =
        bed.kms.generateDataKey(
            GenerateDataKeyRequest.aes256(Caller.via("dynamodb", bed.bob), key.arn(), table));
    assertThat(viaDynamo.keyId()).isEqualTo(key.arn());
    assertThatThrownBy(
            () ->
                bed.kms.generateDataKey(
                    GenerateDataKeyRequest.aes256(bed.caller(bed.alice), key.arn(), table)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void awsManagedKey_cannotBeChangedEvenByTheRootUser() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    assertThatThrownBy(
            () -> bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.root), key.keyId())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("kms:DisableKey");
    assertThatThrownBy(
            () ->
                bed.kms.putKeyPolicy(
                    PutKeyPolicyRequest.of(
                        bed.caller(bed.alice), key.keyId(), KmsTestbed.keyPolicy())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                bed.kms.scheduleKeyDeletion(
                    ScheduleKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId(), 7)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void awsManagedKey_rotatesYearly() {
    KeyMetadata key = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    var status =
        bed.kms.getKeyRotationStatus(
            GetKeyRotationStatusRequest.of(bed.caller(bed.root), key.keyId()));
    assertThat(status.keyRotationEnabled()).isTrue();
    assertThat(status.rotationPeriodInDays()).contains(365);
    bed.clock.advance(Duration.ofDays(366));
    bed.kms.processDueEvents();
    assertThat(bed.events("RotateKey")).hasSize(1);
  }

  @Test
  void awsOwnedKey_isInvisibleToTheAccountAndLeavesNoTrail() {
    AwsOwnedKey owned = bed.kms.awsOwnedKey("dynamodb");
    AwsOwnedKey.GeneratedDataKey dk = owned.generateDataKey(table, DataKeySpec.AES_256);
    assertThat(owned.decrypt(dk.ciphertextBlob(), table).equalsSecret(dk.plaintext())).isTrue();
    assertThat(bed.kms.listKeys(new ListKeysRequest(bed.caller(bed.alice))).keys()).isEmpty();
    assertThat(bed.trail.events()).extracting(e -> e.eventName()).containsExactly("ListKeys");
  }

  @Test
  void awsOwnedKeyCiphertext_isNotDecryptableThroughTheCustomerApi() {
    AwsOwnedKey owned = bed.kms.awsOwnedKey("dynamodb");
    byte[] blob = owned.generateDataKey(table, DataKeySpec.AES_256).ciphertextBlob();
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, table))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void awsOwnedKeyWithOtherContext_fails() {
    AwsOwnedKey owned = bed.kms.awsOwnedKey("dynamodb");
    byte[] blob = owned.generateDataKey(table, DataKeySpec.AES_256).ciphertextBlob();
    assertThatThrownBy(() -> owned.decrypt(blob, EncryptionContext.empty()))
        .isInstanceOf(InvalidCiphertextException.class);
  }

  @Test
  void keyKinds_tellCustomerFromAwsManagedKeys() {
    KeyMetadata mine = bed.newKey();
    KeyMetadata managed = bed.kms.awsManagedKey("dynamodb", ACCOUNT);
    assertThat(bed.kms.keyKinds())
        .containsEntry(mine.arn(), KeyKind.CUSTOMER_MANAGED)
        .containsEntry(managed.arn(), KeyKind.AWS_MANAGED)
        .hasSize(2);
  }
}
