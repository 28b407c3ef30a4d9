package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.AliasListEntry;
import io.atrest.engine.kms.api.CancelKeyDeletionRequest;
import io.atrest.engine.kms.api.CreateAliasRequest;
import io.atrest.engine.kms.api.DescribeKeyRequest;
import io.atrest.engine.kms.api.ListAliasesRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionRequest;
import io.atrest.engine.kms.api.ScheduleKeyDeletionResult;
import io.atrest.engine.kms.error.AccessDeniedException;
import io.atrest.engine.kms.error.KmsInvalidStateException;
import io.atrest.engine.kms.error.NotFoundException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.TrailEvent;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeletionTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key = bed.newKey();

  private ScheduleKeyDeletionResult schedule(Integer days) {
    return bed.kms.scheduleKeyDeletion(
        new ScheduleKeyDeletionRequest(
            bed.caller(bed.alice), key.keyId(), Optional.ofNullable(days)));
  }

  private KeyMetadata describe() {
    return bed.kms
        .describeKey(DescribeKeyRequest.of(bed.caller(bed.alice), key.keyId()))
        .keyMetadata();
  }

  @Test
  void scheduleWithoutWindow_defaultsTo30Days() {
    ScheduleKeyDeletionResult result = schedule(null);
    assertThat(result.pendingWindowInDays()).isEqualTo(30);
    assertThat(result.deletionDate()).isEqualTo(KmsTestbed.START.plus(Duration.ofDays(30)));
    assertThat(result.keyState()).isEqualTo(KeyState.PENDING_DELETION);
    assertThat(result.keyId()).isEqualTo(key.arn());
    assertThat(describe().deletionDate()).contains(result.deletionDate());
  }

  @Test
  void windowOf6Days_fails() {
    assertThatThrownBy(() -> schedule(6))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PendingWindowInDays must be between 7 and 30");
  }

  @Test
  void windowOf31Days_fails() {
    assertThatThrownBy(() -> schedule(31))
        .isInstanceOf(ValidationException.class)
        .hasMessage("PendingWindowInDays must be between 7 and 30");
  }

  @Test
  void schedulingTwice_isInvalidState() {
    schedule(7);
    assertThatThrownBy(() -> schedule(7))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is pending deletion.");
  }

  @Test
  void cancelKeyDeletion_leavesTheKeyDisabled() {
    schedule(7);
    bed.kms.cancelKeyDeletion(CancelKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThat(describe().keyState()).isEqualTo(KeyState.DISABLED);
    assertThat(describe().deletionDate()).isEmpty();
  }

  @Test
  void cancelOnKeyNotPendingDeletion_isInvalidState() {
    assertThatThrownBy(
            () ->
                bed.kms.cancelKeyDeletion(
                    CancelKeyDeletionRequest.of(bed.caller(bed.alice), key.keyId())))
        .isInstanceOf(KmsInvalidStateException.class)
        .hasMessage(key.arn() + " is not pending deletion.");
  }

  @Test
  void keyStillExistsOneSecondBeforeTheEndOfTheWindow() {
    schedule(7);
    bed.clock.advance(Duration.ofDays(7).minusSeconds(1));
    assertThat(describe().keyState()).isEqualTo(KeyState.PENDING_DELETION);
  }

  @Test
  void endOfWindow_deletesKeyAliasesAndCiphertextsForever() {
    byte[] blob =
        bed.encrypt(bed.alice, key.keyId(), "x", EncryptionContext.empty()).ciphertextBlob();
    bed.kms.createAlias(new CreateAliasRequest(bed.caller(bed.alice), "alias/doomed", key.keyId()));
    schedule(7);
    bed.clock.advance(Duration.ofDays(8));
    assertThatThrownBy(this::describe)
        .isInstanceOf(NotFoundException.class)
        .hasMessage("Key '" + key.arn() + "' does not exist");
    assertThat(bed.kms.listAliases(ListAliasesRequest.all(bed.caller(bed.alice))).aliases())
        .extracting(AliasListEntry::aliasName)
        .doesNotContain("alias/doomed");
    assertThatThrownBy(() -> bed.decrypt(bed.alice, blob, EncryptionContext.empty()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void deletion_isRecordedAsServiceEventAtTheEndOfTheWindow() {
    schedule(7);
    bed.clock.advance(Duration.ofDays(20));
    bed.kms.processDueEvents();
    TrailEvent delete = bed.lastEvent("DeleteKey");
    assertThat(delete.eventType()).isEqualTo(EventType.AWS_SERVICE_EVENT);
    assertThat(delete.eventTime()).isEqualTo(KmsTestbed.START.plus(Duration.ofDays(7)));
    assertThat(delete.userIdentity().invokedBy()).isEqualTo("AWS Internal");
    assertThat(delete.resourceArns("AWS::KMS::Key")).containsExactly(key.arn());
    assertThat(delete.readOnly()).contains(false);
  }
}
