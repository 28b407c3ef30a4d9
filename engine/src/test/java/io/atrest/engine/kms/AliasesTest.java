package io.atrest.engine.kms;

import static io.atrest.engine.kms.KmsTestbed.ACCOUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.DeleteAliasRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.UpdateAliasRequest;
import io.atrest.engine.kms.error.AlreadyExistsException;
import io.atrest.engine.kms.error.InvalidAliasNameException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AliasesTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key = bed.newKey();

  private void create(String name, String target) {
    bed.kms.createAlias(new CreateAliasRequest(bed.caller(bed.alice), name, target));
  }

  @Test
  void createAlias_isListedWithArnAndTarget() {
    create("alias/orders", key.keyId());
    AliasListEntry entry =
        bed.kms.listAliases(ListAliasesRequest.all(bed.caller(bed.alice))).aliases().stream()
            .filter(a -> a.aliasName().equals("alias/orders"))
            .findFirst()
            .orElseThrow();
    assertThat(entry.aliasName()).isEqualTo("alias/orders");
    assertThat(entry.aliasArn()).isEqualTo("arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/orders");
    assertThat(entry.targetKeyId()).contains(key.keyId());
  }

  @Test
  void aliasWithoutPrefix_fails() {
    assertThatThrownBy(() -> create("orders", key.keyId()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "Alias must start with the prefix \"alias/\". Please see"
                + " https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html");
  }

  @Test
  void reservedAwsPrefix_fails() {
    assertThatThrownBy(() -> create("alias/aws/mine", key.keyId()))
        .isInstanceOf(InvalidAliasNameException.class)
        .hasMessageContaining("alias/aws/");
  }

  @Test
  void duplicateAlias_alreadyExists() {
    create("alias/orders", key.keyId());
    assertThatThrownBy(() -> create("alias/orders", key.keyId()))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessage(
            "An alias with the name arn:aws:kms:us-west-2:"
                + ACCOUNT
                + ":alias/orders already exists");
  }

  @Test
  void aliasForKeyPendingDeletion_isInvalidState() {
    bed.kms.scheduleKeyDeletion(
        ScheduleKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId(), 7));
    assertThatThrownBy(() -> create("alias/late", key.keyId()))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending deletion.");
  }

  @Test
  void updateAlias_pointsAtTheNewKey() {
    KeyMetadata second = bed.newKey();
    create("alias/orders", key.keyId());
    bed.kms.updateAlias(
        new UpdateAliasRequest(bed.caller(bed.alice), "alias/orders", second.keyId()));
    assertThat(
            bed.kms
                .describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), "alias/orders"))
                .keyMetadata()
                .arn())
        .isEqualTo(second.arn());
  }

  @Test
  void deleteAlias_removesIt() {
    create("alias/orders", key.keyId());
    bed.kms.deleteAlias(new DeleteAliasRequest(bed.caller(bed.alice), "alias/orders"));
    assertThat(bed.kms.listAliases(ListAliasesRequest.all(bed.caller(bed.alice))).aliases())
        .extracting(AliasListEntry::aliasName)
        .doesNotContain("alias/orders");
  }

  @Test
  void deleteUnknownAlias_isNotFound() {
    assertThatThrownBy(
            () -> bed.kms.deleteAlias(new DeleteAliasRequest(bed.caller(bed.alice), "alias/none")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Alias arn:aws:kms:us-west-2:" + ACCOUNT + ":alias/none is not found.");
  }

  @Test
  void listAliasesForOneKey_filters() {
    KeyMetadata second = bed.newKey();
    create("alias/a", key.keyId());
    create("alias/b", second.keyId());
    assertThat(
            bed.kms
                .listAliases(
                    new ListAliasesRequest(bed.caller(bed.alice), Optional.of(second.keyId())))
                .aliases())
        .extracting(AliasListEntry::aliasName)
        .containsExactly("alias/b");
  }
}
