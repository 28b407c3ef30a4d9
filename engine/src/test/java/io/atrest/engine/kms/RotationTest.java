package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.EncryptionContext;
import io.atrest.engine.kms.api.CreateKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRequest;
import io.atrest.engine.kms.api.DisableKeyRotationRequest;
import io.atrest.engine.kms.api.EnableKeyRequest;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusRequest;
import io.atrest.engine.kms.api.GetKeyRotationStatusResult;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.api.RotationListEntry;
import io.atrest.engine.kms.error.DisabledException;
import io.atrest.engine.kms.error.LimitExceededException;
import io.atrest.engine.kms.error.UnsupportedOperationException;
import io.atrest.engine.kms.error.ValidationException;
import io.atrest.engine.trail.EventType;
import io.atrest.engine.trail.TrailEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotationTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final KeyMetadata key = bed.newKey();
  private final EncryptionContext ctx = EncryptionContext.empty();

  private GetKeyRotationStatusResult status() {
    return bed.kms.getKeyRotationStatus(
        GetKeyRotationStatusRequest.of(bed.caller(bed.alice), key.keyId()));
  }

  private void enable(Integer days) {
    bed.kms.enableKeyRotation(
        new EnableKeyRotationRequest(
            bed.caller(bed.alice), key.keyId(), Optional.ofNullable(days)));
  }

  private List<RotationListEntry> rotations() {
    return bed.kms
        .listKeyRotations(ListKeyRotationsRequest.of(bed.caller(bed.alice), key.keyId()))
        .rotations();
  }

  @Test
  void enableWithoutPeriod_defaultsTo365Days() {
    enable(null);
    GetKeyRotationStatusResult status = status();
    assertThat(status.keyRotationEnabled()).isTrue();
    assertThat(status.rotationPeriodInDays()).contains(365);
    assertThat(status.nextRotationDate()).contains(KmsTestbed.START.plus(Duration.ofDays(365)));
  }

  @Test
  void rotationStatusOfNewKey_isDisabled() {
    assertThat(status().keyRotationEnabled()).isFalse();
    assertThat(status().nextRotationDate()).isEmpty();
  }

  @Test
  void periodBelow90_fails() {
    assertThatThrownBy(() -> enable(89))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "1 validation error detected: Value '89' at 'rotationPeriodInDays' failed to satisfy"
                + " constraint: Member must have value greater than or equal to 90");
  }

  @Test
  void periodAbove2560_fails() {
    assertThatThrownBy(() -> enable(2561))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("less than or equal to 2560");
  }

  @Test
  void automaticRotation_happensWhenTheClockPassesTheDate() {
    enable(90);
    byte[] old = bed.encrypt(bed.alice, key.keyId(), "old", ctx).ciphertextBlob();
    bed.clock.advance(Duration.ofDays(91));
    var fresh = bed.encrypt(bed.alice, key.keyId(), "new", ctx);
    assertThat(fresh.keyMaterialId()).isNotEqualTo(key.currentKeyMaterialId().orElseThrow());
    assertThat(bed.decrypt(bed.alice, old, ctx)).isEqualTo("old");
    assertThat(rotations())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rotationType()).contains(RotationType.AUTOMATIC);
              assertThat(r.rotationDate()).contains(KmsTestbed.START.plus(Duration.ofDays(90)));
              assertThat(r.keyMaterialId()).isEqualTo(fresh.keyMaterialId());
            });
  }

  @Test
  void automaticRotation_isRecordedAsServiceEventAtTheDueTime() {
    enable(90);
    bed.clock.advance(Duration.ofDays(200));
    bed.kms.processDueEvents();
    List<TrailEvent> rotateKey = bed.events("RotateKey");
    assertThat(rotateKey).hasSize(2);
    TrailEvent first = rotateKey.get(0);
    assertThat(first.eventType()).isEqualTo(EventType.AWS_SERVICE_EVENT);
    assertThat(first.eventTime()).isEqualTo(KmsTestbed.START.plus(Duration.ofDays(90)));
    assertThat(first.userIdentity().invokedBy()).isEqualTo("AWS Internal");
    assertThat(first.userIdentity().accountId()).isEqualTo(KmsTestbed.ACCOUNT);
    assertThat(first.toJson().get("requestParameters").isNull()).isTrue();
    assertThat(first.serviceEventDetails().orElseThrow().get("keyId").asText())
        .isEqualTo(key.keyId());
    assertThat(rotateKey.get(1).eventTime()).isEqualTo(KmsTestbed.START.plus(Duration.ofDays(180)));
  }

  @Test
  void disabledKey_isNotRotatedUntilEnabledAgain() {
    enable(90);
    bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    bed.clock.advance(Duration.ofDays(100));
    bed.kms.processDueEvents();
    assertThat(rotations()).isEmpty();
    bed.kms.enableKey(EnableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThat(rotations())
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.rotationDate()).contains(KmsTestbed.START.plus(Duration.ofDays(100))));
  }

  @Test
  void disableKeyRotation_stopsAutomaticRotation() {
    enable(90);
    bed.kms.disableKeyRotation(DisableKeyRotationRequest.of(bed.caller(bed.alice), key.keyId()));
    bed.clock.advance(Duration.ofDays(400));
    assertThat(rotations()).isEmpty();
  }

  @Test
  void onDemandRotation_addsAnOnDemandVersionAndKeepsTheSchedule() {
    enable(90);
    bed.clock.advance(Duration.ofDays(1));
    bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThat(rotations())
        .extracting(RotationListEntry::rotationType)
        .containsExactly(Optional.of(RotationType.ON_DEMAND));
    assertThat(status().nextRotationDate()).contains(KmsTestbed.START.plus(Duration.ofDays(90)));
  }

  @Test
  void eleventhOnDemandRotation_exceedsTheLimit() {
    for (int i = 0; i < 10; i++) {
      bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(bed.caller(bed.alice), key.keyId()));
    }
    assertThatThrownBy(
            () ->
                bed.kms.rotateKeyOnDemand(
                    RotateKeyOnDemandRequest.of(bed.caller(bed.alice), key.keyId())))
        .isInstanceOf(LimitExceededException.class)
        .hasMessage(
            "The on-demand rotations limit has been reached for the given keyId. No more"
                + " on-demand rotations can be performed for this key: "
                + key.arn());
  }

  @Test
  void onDemandRotationOfDisabledKey_fails() {
    bed.kms.disableKey(DisableKeyRequest.of(bed.caller(bed.alice), key.keyId()));
    assertThatThrownBy(
            () ->
                bed.kms.rotateKeyOnDemand(
                    RotateKeyOnDemandRequest.of(bed.caller(bed.alice), key.keyId())))
        .isInstanceOf(DisabledException.class)
        .hasMessage(key.arn() + " is disabled.");
  }

  @Test
  void rotationOfAsymmetricKey_isUnsupported() {
    KeyMetadata rsa =
        bed.kms
            .createKey(
                CreateKeyRequest.symmetric(bed.caller(bed.alice))
                    .withSpec(KeySpec.RSA_2048, KeyUsage.SIGN_VERIFY))
            .keyMetadata();
    assertThatThrownBy(
            () ->
                bed.kms.enableKeyRotation(
                    EnableKeyRotationRequest.of(bed.caller(bed.alice), rsa.keyId())))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(
            () ->
                bed.kms.rotateKeyOnDemand(
                    RotateKeyOnDemandRequest.of(bed.caller(bed.alice), rsa.keyId())))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
