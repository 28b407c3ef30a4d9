package io.atrest.serve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConnectionsTest {

  private static final Duration IDLE = Duration.ofSeconds(40);
  private static final InetSocketAddress CLIENT = new InetSocketAddress("127.0.0.1", 50_000);

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final HandClock clock = new HandClock();
  private final Connections connections = new Connections(clock, IDLE);

  @Test
  void requestsKeptAliveOnOneAddress_shareOneConnection() {
    String first = connections.idOf(CLIENT, false);

    assertThat(connections.idOf(CLIENT, false)).isEqualTo(first);
  }

  @Test
  void requestsFromAnotherPort_areAnotherConnection() {
    String first = connections.idOf(CLIENT, false);

    assertThat(connections.idOf(new InetSocketAddress("127.0.0.1", 50_001), false))
        .isNotEqualTo(first);
  }

  @Test
  void requestAfterOneThatClosedTheConnection_isANewConnectionOnTheSamePort() {
    String closing = connections.idOf(CLIENT, true);

    assertThat(connections.idOf(CLIENT, false)).isNotEqualTo(closing);
  }

  @Test
  void connectionIdleLongerThanTheServerTimeout_isOverAndItsPortStartsANewOne() {
    String first = connections.idOf(CLIENT, false);
    clock.advance(IDLE.plusSeconds(1));

    assertThat(connections.idOf(CLIENT, false)).isNotEqualTo(first);
  }

  @Test
  void connectionIdleWithinTheServerTimeout_isStillTheSame() {
    String first = connections.idOf(CLIENT, false);
    clock.advance(IDLE);

    assertThat(connections.idOf(CLIENT, false)).isEqualTo(first);
  }

  @Test
  void connectionId_namesTheClientAddressAndPort() {
    assertThat(connections.idOf(CLIENT, false)).startsWith("127.0.0.1:50000#");
  }

  @Test
  void http11Request_closesItsConnectionOnlyWhenItSaysClose() {
    assertThat(Connections.closesAfter("HTTP/1.1", null)).isFalse();
    assertThat(Connections.closesAfter("HTTP/1.1", "keep-alive")).isFalse();
    assertThat(Connections.closesAfter("HTTP/1.1", "Close")).isTrue();
  }

  @Test
  void http10Request_closesItsConnectionUnlessItAsksKeepAlive() {
    assertThat(Connections.closesAfter("HTTP/1.0", null)).isTrue();
    assertThat(Connections.closesAfter("HTTP/1.0", "Keep-Alive")).isFalse();
  }

  @Test
  void nonPositiveIdleTimeout_isRejected() {
    assertThatThrownBy(() -> new Connections(clock, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("idleTimeout `PT0S` must be positive");
  }
}
