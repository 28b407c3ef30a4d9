package io.atrest.serve.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * atrest's HTTP/1.1 server: blocking sockets and one thread per connection, named {@code
 * atrest-serve-N}. A request wakes only the thread blocked reading its connection, where the JDK's
 * server handed each request from a selector thread to a dispatcher to an executor.
 *
 * <p>At most {@link Limits#maxConnections} connections are open at once; above that the listener
 * stops accepting until one closes, so further clients wait in the TCP accept backlog (and, once
 * that is full, their connection attempts are not answered until a slot frees) rather than being
 * refused. A connection that has waited {@link Limits#idleTimeout} for the client's bytes, between
 * requests or within one, is closed by a sweep ({@code atrest-serve-idle}).
 */
public final class Listener implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger("io.atrest.serve");
  private static final int BACKLOG = 128;

  /**
   * @param maxBodyBytes the largest body a handler gets; a larger one reaches it as empty
   * @param idleTimeout how long a connection may wait for the client's next bytes
   * @param maxConnections how many connections may be open at once
   */
  public record Limits(long maxBodyBytes, Duration idleTimeout, int maxConnections) {
    public static final int DEFAULT_MAX_CONNECTIONS = 512;

    public Limits {
      requireMaxBodyBytes(maxBodyBytes);
      requireIdleTimeout(idleTimeout);
      if (maxConnections < 1) {
        throw new IllegalArgumentException(
            "maxConnections `" + maxConnections + "` must be at least 1");
      }
    }

    /** Refuses a body limit under one byte; the server's configuration checks it here too. */
    public static void requireMaxBodyBytes(long maxBodyBytes) {
      if (maxBodyBytes < 1) {
        throw new IllegalArgumentException(
            "maxBodyBytes `" + maxBodyBytes + "` must be at least 1");
      }
    }

    /**
     * Refuses an idle timeout outside 1 ms to 24 days (a socket's millisecond range), compared as
     * durations: toMillis() of a huge one would overflow instead of being refused.
     */
    public static void requireIdleTimeout(Duration idleTimeout) {
      if (idleTimeout.compareTo(Duration.ofMillis(1)) < 0
          || idleTimeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
        throw new IllegalArgumentException(
            "idleTimeout `" + idleTimeout + "` must be between 1 ms and 24 days");
      }
    }
  }

  private final ServerSocket server;
  private final Handler handler;
  private final Limits limits;
  private final ExecutorService threads = Executors.newCachedThreadPool(new RequestThreads());
  private final Semaphore slots;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong ids = new AtomicLong();
  private final Thread acceptor;
  private final ScheduledExecutorService sweeper;
  private volatile boolean closing;

  private Listener(ServerSocket server, Handler handler, Limits limits) {
    this.server = server;
    this.handler = handler;
    this.limits = limits;
    this.slots = new Semaphore(limits.maxConnections());
    this.acceptor = new Thread(this::acceptLoop, RequestThreads.PREFIX + "acceptor");
    acceptor.setDaemon(true);
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, RequestThreads.PREFIX + "idle");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Binds {@code address} and starts accepting.
   *
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static Listener start(InetSocketAddress address, Handler handler, Limits limits) {
    ServerSocket server = null;
    try {
      server = new ServerSocket();
      server.setReuseAddress(true);
      server.bind(address, BACKLOG);
    } catch (IOException e) {
      closeQuietly(server);
      throw new UncheckedIOException(
          "cannot listen on " + address.getHostString() + ":" + address.getPort(), e);
    }
    Listener listener = new Listener(server, handler, limits);
    listener.acceptor.start();
    long tick = sweepMillis(limits.idleTimeout());
    listener.sweeper.scheduleWithFixedDelay(listener::closeIdle, tick, tick, TimeUnit.MILLISECONDS);
    return listener;
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) server.getLocalSocketAddress();
  }

  /** How many connections are open now. */
  public int openConnections() {
    return open.size();
  }

  private void acceptLoop() {
    while (!closing) {
      try {
        slots.acquire();
      } catch (InterruptedException e) {
        return;
      }
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        slots.release();
        if (!closing) {
          LOG.log(System.Logger.Level.WARNING, "accept failed: " + e.getMessage());
          // Out of file descriptors, say, which persists: retry at a pace, not in a hot loop.
          pause();
        }
        continue;
      }
      serve(socket);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * How often idle connections are looked for: a connection is closed between one and one and a
   * half idle timeouts after its last bytes (at most a second late), as the JDK server checked its
   * idle connections on a clock tick.
   */
  private static long sweepMillis(Duration idleTimeout) {
    return Math.max(1, Math.min(1000, idleTimeout.toMillis() / 2));
  }

  // The idle timeout is swept rather than set as the sockets' read timeout: a timed read makes the
  // JDK switch the socket to non-blocking mode, after which every read that finds no data costs a
  // failed read and a poll more than a plain blocking read.
  private void closeIdle() {
    long now = System.nanoTime();
    long timeout = limits.idleTimeout().toNanos();
    open.forEach(c -> c.closeIfIdle(now, timeout));
  }

  private void serve(Socket socket) {
    Connection connection;
    try {
      // Headers and body leave in one write, but without TCP_NODELAY a response following a
      // 100 Continue would wait for the client's delayed ACK (Nagle's algorithm).
      socket.setTcpNoDelay(true);
      connection =
          new Connection(
              Long.toString(ids.incrementAndGet()),
              socket,
              handler,
              limits.maxBodyBytes(),
              this::closed);
    } catch (IOException e) {
      closeQuietly(socket);
      slots.release();
      return;
    }
    open.add(connection);
    try {
      threads.execute(connection);
    } catch (RejectedExecutionException e) {
      connection.forceClose();
      closed(connection);
      return;
    }
    // A connection accepted while close() ran would otherwise be missed by it.
    if (closing) {
      connection.shutdown();
    }
  }

  private void closed(Connection connection) {
    if (open.remove(connection)) {
      slots.release();
    }
  }

  /**
   * Stops accepting, closes idle connections, lets requests in flight finish and closes their
   * connections after answering; connections still busy after {@code grace} are cut.
   */
  public void close(Duration grace) {
    closing = true;
    // Connections are told first, so that once the port refuses connections every one accepted
    // before knows it is closing.
    open.forEach(Connection::shutdown);
    closeQuietly(server);
    acceptor.interrupt();
    sweeper.shutdownNow();
    threads.shutdown();
    try {
      if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        open.forEach(Connection::forceClose);
        threads.shutdownNow();
      }
      acceptor.join(grace.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      // Closing is all that was asked; a failure to close leaves nothing to do.
    }
  }

  /**
   * Names the connection threads {@code atrest-serve-N}, so profiles and thread dumps show them.
   */
  static final class RequestThreads implements ThreadFactory {
    static final String PREFIX = "atrest-serve-";
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, PREFIX + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
