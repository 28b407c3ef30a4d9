package io.atrest.engine.trail;

import static io.atrest.engine.trail.Calls.KEY_A;
import static io.atrest.engine.trail.Calls.OTHER;
import static io.atrest.engine.trail.Calls.OWNER;
import static io.atrest.engine.trail.Calls.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listener on an {@link AuditTrail} is told of every record, once, in recording order. */
class TrailListenerTest {

  private final Calls calls = new Calls();
  private final AuditTrail trail = new AuditTrail();
  private final List<TrailEvent> heard = new ArrayList<>();

  @Test
  void record_tellsTheListenerAfterAppending() {
    trail.listen(event -> heard.add(event));
    TrailEvent event = calls.kmsCall("Encrypt", OWNER, KEY_A, T0);

    trail.record(event);

    assertThat(heard).containsExactly(event);
    assertThat(trail.events()).containsExactly(event);
  }

  @Test
  void recordCall_acrossAccounts_tellsTheListenerOfBothCopiesInOrder() {
    trail.listen(event -> heard.add(event));
    TrailEvent call = calls.kms("Decrypt", calls.user(OTHER, "carol"), KEY_A, T0).build();

    List<TrailEvent> written = trail.recordCall(call, OTHER, OWNER, calls.ids());

    assertThat(heard).isEqualTo(written).hasSize(2);
  }

  @Test
  void recordsBeforeListening_areNotReplayed() {
    trail.record(calls.kmsCall("Encrypt", OWNER, KEY_A, T0));
    trail.listen(event -> heard.add(event));

    assertThat(heard).isEmpty();
  }

  @Test
  void listen_withNull_isRefused() {
    assertThatThrownBy(() -> trail.listen(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener");
  }
}
