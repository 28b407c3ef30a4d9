package io.atrest.engine.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.identity.Caller;
import io.atrest.engine.kms.api.EnableKeyRotationRequest;
import io.atrest.engine.kms.api.ListKeyRotationsRequest;
import io.atrest.engine.kms.api.RotateKeyOnDemandRequest;
import io.atrest.engine.kms.error.ConflictException;
import io.atrest.engine.trail.TrailEvent;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RotateKeyOnDemand and an automatic rotation due within 20 minutes [KMS-API]. */
class OnDemandRotationConflictTest {

  private final KmsTestbed bed = new KmsTestbed();
  private final Caller alice = bed.caller(bed.alice);
  private final String key = bed.newKey().keyId();

  private void enableYearlyRotation() {
    bed.kms.enableKeyRotation(EnableKeyRotationRequest.of(alice, key));
  }

  private int rotations() {
    return bed.kms.listKeyRotations(ListKeyRotationsRequest.of(alice, key)).rotations().size();
  }

  @Test
  void onDemandRotation_whenAutomaticRotationDueWithin20Minutes_isConflict() {
    enableYearlyRotation();
    bed.clock.advance(Duration.ofDays(365).minusMinutes(10));

    assertThatThrownBy(() -> bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key)))
        .isInstanceOf(ConflictException.class)
        .hasMessage(
            "The request was rejected because an automatic rotation of this key is currently in"
                + " progress or scheduled to begin within the next 20 minutes.");
    assertThat(rotations()).isZero();
  }

  @Test
  void onDemandRotation_exactly20MinutesBeforeAutomaticRotation_isConflict() {
    enableYearlyRotation();
    bed.clock.advance(Duration.ofDays(365).minusMinutes(20));

    assertThatThrownBy(() -> bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void onDemandRotation_21MinutesBeforeAutomaticRotation_succeeds() {
    enableYearlyRotation();
    bed.clock.advance(Duration.ofDays(365).minusMinutes(21));

    bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key));

    assertThat(rotations()).isEqualTo(1);
  }

  @Test
  void onDemandRotation_withoutAutomaticRotation_neverConflicts() {
    bed.clock.advance(Duration.ofDays(365).minusMinutes(1));

    bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key));

    assertThat(rotations()).isEqualTo(1);
  }

  @Test
  void conflict_isRecordedInTrailWithItsCode() {
    enableYearlyRotation();
    bed.clock.advance(Duration.ofDays(365).minusMinutes(5));

    assertThatThrownBy(() -> bed.kms.rotateKeyOnDemand(RotateKeyOnDemandRequest.of(alice, key)))
        .isInstanceOf(ConflictException.class);

    TrailEvent event = bed.lastEvent("RotateKeyOnDemand");
    assertThat(event.errorCode()).contains("ConflictException");
  }
}
