package io.atrest.serve.http;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names the TCP connection each request came on, for the engine's table-key cache ({@link
 * io.atrest.engine.identity.Caller#onConnection}): DynamoDB caches a table key per connection
 * (seeds 002 and 004), so a client that keeps its HTTP connection alive reuses its cache entry and
 * one that opens a connection per request causes a KMS Decrypt per operation.
 *
 * <p>The JDK server does not expose its connections, so a connection is named by the client's
 * address and port (which identify one open TCP connection to this listener) and a generation,
 * which changes once that connection is certainly over:
 *
 * <ul>
 *   <li>its last request closed it ({@code Connection: close}, or HTTP/1.0 without {@code
 *       keep-alive}), after which the server closes it;
 *   <li>it was idle longer than the server's idle timeout, after which the server has closed it.
 * </ul>
 *
 * A client that drops a connection silently and, within the idle timeout, opens another from the
 * very same port is taken for the same connection; systems hand out ephemeral ports so that this is
 * rare, and it costs at most one Decrypt less than AWS would make.
 */
final class Connections {

  // Beyond this many tracked addresses, those certainly closed are forgotten.
  private static final int PURGE_ABOVE = 4096;

  private final Clock clock;
  private final Duration idleTimeout;
  private final Map<String, Connection> byAddress = new ConcurrentHashMap<>();
  private final AtomicLong generations = new AtomicLong();

  /**
   * @param clock the server's real clock (never the engine's, which the control API moves)
   * @param idleTimeout how long after its last exchange an idle connection is certainly closed
   */
  Connections(Clock clock, Duration idleTimeout) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException("idleTimeout `" + idleTimeout + "` must be positive");
    }
  }

  /**
   * The JDK server's: it closes a connection idle for {@code sun.net.httpserver.idleInterval}
   * seconds (30 by default), checked every {@code sun.net.httpserver.clockTick} milliseconds
   * (10,000 by default), so one idle for both together is closed.
   */
  static Connections ofJdkServer(Clock clock) {
    long idleSeconds = Long.getLong("sun.net.httpserver.idleInterval", 30);
    long tickMillis = Long.getLong("sun.net.httpserver.clockTick", 10_000);
    return new Connections(clock, Duration.ofSeconds(idleSeconds).plusMillis(tickMillis));
  }

  /**
   * The id of the connection a request from {@code remote} came on.
   *
   * @param closesAfter whether the request closes its connection once answered
   */
  String idOf(InetSocketAddress remote, boolean closesAfter) {
    String address = remote.getAddress().getHostAddress() + ":" + remote.getPort();
    Instant now = clock.instant();
    Connection connection =
        byAddress.compute(
            address,
            (a, known) ->
                known == null || known.isOverAt(now, idleTimeout)
                    ? new Connection(generations.incrementAndGet(), now, closesAfter)
                    : new Connection(known.generation(), now, closesAfter));
    if (byAddress.size() > PURGE_ABOVE) {
      byAddress.values().removeIf(c -> c.isOverAt(now, idleTimeout));
    }
    return address + "#" + connection.generation();
  }

  /** Whether the server closes the connection of this request once it is answered. */
  static boolean closesAfter(String protocol, String connectionHeader) {
    String tokens = connectionHeader == null ? "" : connectionHeader.toLowerCase(Locale.ROOT);
    if (protocol.equalsIgnoreCase("HTTP/1.0")) {
      return !tokens.contains("keep-alive");
    }
    return tokens.contains("close");
  }

  /** The connection last seen on an address, with its generation. */
  private record Connection(long generation, Instant lastExchange, boolean closing) {
    boolean isOverAt(Instant now, Duration idleTimeout) {
      return closing || now.isAfter(lastExchange.plus(idleTimeout));
    }
  }
}
