package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailSchemaCheckTest {

  private static TrailEvent.Builder decrypt() {
    return SeedEvents.decrypt()
        .eventVersion(TrailEvent.CURRENT_EVENT_VERSION)
        .managementEvent(true)
        .eventCategory(TrailEvent.MANAGEMENT);
  }

  @Test
  void trailOfValidEvents_passes() {
    AuditTrail trail = new AuditTrail();
    trail.record(decrypt().build());

    assertThatCode(() -> TrailSchemaCheck.requireValid(List.of(trail))).doesNotThrowAnyException();
  }

  @Test
  void decryptLoggedAsNotReadOnly_failsNamingEventAndRule() {
    AuditTrail trail = new AuditTrail();
    trail.record(decrypt().build());
    trail.record(decrypt().readOnly(false).build());

    assertThatThrownBy(() -> TrailSchemaCheck.requireValid(List.of(trail)))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("1 recorded CloudTrail event(s) break the schemas:")
        .hasMessageContaining("Decrypt: ")
        .hasMessageContaining("$.readOnly");
  }

  @Test
  void everyWatchedTrailIsChecked() {
    AuditTrail valid = new AuditTrail();
    valid.record(decrypt().build());
    AuditTrail invalid = new AuditTrail();
    invalid.record(decrypt().readOnly(false).build());

    assertThatThrownBy(() -> TrailSchemaCheck.requireValid(List.of(valid, invalid)))
        .isInstanceOf(AssertionError.class);
  }
}
