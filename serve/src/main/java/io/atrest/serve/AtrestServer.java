package io.atrest.serve;

import io.atrest.serve.auth.Identities;
import io.atrest.serve.engine.Services;
import io.atrest.serve.http.Listener;
import io.atrest.serve.http.Routes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code atrest serve}: the reference KMS and table store on the AWS wire, for real SDKs and the
 * aws CLI. Started with {@link #start}, stopped with {@link #close} (also run by a shutdown hook,
 * so SIGTERM closes the stores cleanly).
 */
public final class AtrestServer implements AutoCloseable {

  // In-flight requests get this long to finish when the server closes.
  private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

  private final Listener http;
  private final Services services;
  private final Thread shutdownHook;
  private boolean closed;

  private AtrestServer(Listener http, Services services) {
    this.http = http;
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
    Listener http;
    try {
      http =
          Listener.start(
              new InetSocketAddress(config.host(), config.port()),
              Routes.handler(services, identities, config),
              new Listener.Limits(
                  config.maxBodyBytes(),
                  config.idleTimeout(),
                  Listener.Limits.DEFAULT_MAX_CONNECTIONS));
    } catch (UncheckedIOException e) {
      services.close();
      throw e;
    }
    AtrestServer server = new AtrestServer(http, services);
    Runtime.getRuntime().addShutdownHook(server.shutdownHook);
    return server;
  }

  public int port() {
    return http.address().getPort();
  }

  /** The endpoint URL to give an SDK or the CLI ({@code --endpoint-url}). */
  public URI endpoint() {
    return URI.create("http://" + http.address().getHostString() + ":" + port());
  }

  /**
   * Stops accepting, lets requests in flight finish (for up to 5 s) and closes every connection,
   * then closes the stores; every acknowledged write is already durable.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    http.close(CLOSE_GRACE);
    services.close();
    if (Thread.currentThread() != shutdownHook) {
      try {
        Runtime.getRuntime().removeShutdownHook(shutdownHook);
      } catch (IllegalStateException alreadyShuttingDown) {
        // The JVM is exiting and runs the hooks itself; nothing to undo.
      }
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
