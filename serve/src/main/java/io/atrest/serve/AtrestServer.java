package io.atrest.serve;

import com.sun.net.httpserver.HttpServer;
import io.atrest.serve.auth.Identities;
import io.atrest.serve.engine.Services;
import io.atrest.serve.http.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code atrest serve}: the reference KMS and table store on the AWS wire, for real SDKs and the
 * aws CLI. Started with {@link #start}, stopped with {@link #close} (also run by a shutdown hook,
 * so SIGTERM closes the stores cleanly).
 */
public final class AtrestServer implements AutoCloseable {

  private final HttpServer http;
  private final ExecutorService executor;
  private final Services services;
  private final Thread shutdownHook;
  private boolean closed;

  private AtrestServer(HttpServer http, ExecutorService executor, Services services) {
    this.http = http;
    this.executor = executor;
    this.services = services;
    this.shutdownHook = new Thread(this::close, "atrest-serve-shutdown");
  }

  /**
   * Opens the engine (file-backed when {@code config} names a data directory) and starts listening.
   *
   * @throws IllegalArgumentException when the identities file is invalid
   * @throws UncheckedIOException when the address cannot be bound or the data directory used
   */
  public static AtrestServer start(ServerConfig config) {
    Identities identities =
        config.identitiesFile().map(Identities::load).orElseGet(Identities::defaults);
    config.dataDir().ifPresent(AtrestServer::createDirectory);
    Services services = new Services(config.region(), identities, config.dataDir());
    // The JDK server writes headers and body separately; without TCP_NODELAY, Nagle's algorithm
    // and the client's delayed ACK add about 40 ms to every response. Read once, when the JDK's
    // server configuration class loads.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 128);
    } catch (IOException e) {
      services.close();
      throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port(), e);
    }
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), new RequestThreads());
    Routes.install(http, services, identities, config);
    http.setExecutor(executor);
    http.start();
    AtrestServer server = new AtrestServer(http, executor, services);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    return server;
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** The endpoint URL to give an SDK or the CLI ({@code --endpoint-url}). */
  public URI endpoint() {
    return URI.create("http://" + http.getAddress().getHostString() + ":" + port());
  }

  /** Stops listening, then closes the stores; every acknowledged write is already durable. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    http.stop(0);
    executor.shutdown();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.close();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM is exiting and runs the hooks itself; nothing to undo.
      }
    }
  }

  /** Names the request threads {@code atrest-serve-N}, so profiles and thread dumps show them. */
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

  private static void createDirectory(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
  }
}
