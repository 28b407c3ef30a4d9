package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Ids whose request ids a host supplies: the host's id in the record, the rest still drawn. */
class IdsWithRequestIdsTest {

  @Test
  void requestId_isTheHostsId() {
    Ids ids =
        Ids.withRequestIds(
            new SplittableRandom(1), () -> "LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG");

    assertThat(ids.requestId()).isEqualTo("LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG");
  }

  @Test
  void eventAndSharedIds_areStillDrawnFromTheRandomSource() {
    Ids supplied = Ids.withRequestIds(new SplittableRandom(7), () -> "host-id");
    Ids drawn = new Ids(new SplittableRandom(7));

    assertThat(supplied.eventId()).isEqualTo(drawn.eventId());
    assertThat(supplied.sharedEventId()).isEqualTo(drawn.sharedEventId());
  }

  @Test
  void blankHostId_isRefused() {
    Ids ids = Ids.withRequestIds(new SplittableRandom(1), () -> " ");

    assertThatThrownBy(ids::requestId)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requestID is required");
  }
}
