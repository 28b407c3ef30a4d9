package io.atrest.serve.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.serve.wire.Protocol;
import org.junit.jupiter.api.Test;

class RequestTrailTest {

  @Test
  void requestWithoutRecords_answersWithOneFreshIdOfItsService() {
    RequestTrail trail = new RequestTrail(Protocol.DYNAMODB, new RequestIds());

    String first = trail.requestId();

    assertThat(first).matches("[A-Z0-9]{52}");
    assertThat(trail.requestId()).isEqualTo(first);
  }

  @Test
  void freshIdWrittenIntoRecords_isTheIdTheRequestAnswersWith() {
    RequestTrail trail = new RequestTrail(Protocol.DYNAMODB, new RequestIds());

    String written = trail.freshId();

    assertThat(trail.requestId()).isEqualTo(written);
  }
}
