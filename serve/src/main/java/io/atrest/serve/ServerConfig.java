package io.atrest.serve;

import io.atrest.engine.identity.Account;
import io.atrest.serve.http.Listener;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run {@code atrest serve}.
 *
 * @param host the address to bind; {@code 127.0.0.1} unless told otherwise, since the server has
 *     unauthenticated control endpoints under {@code /_atrest/}
 * @param port the TCP port; 0 picks a free one
 * @param dataDir where the engine keeps its files; in memory when empty
 * @param identitiesFile the access keys and principals (JSON); the default identity when empty
 * @param maxBodyBytes the largest request body accepted (16 MiB by default, DynamoDB's request
 *     limit)
 * @param region the one region the endpoint serves; requests signed for another are refused
 * @param idleTimeout how long a connection may wait for the client's next bytes, between requests
 *     or within one, before the server closes it (30 s by default, the JDK server's {@code
 *     sun.net.httpserver.idleInterval}, which the SDKs' connection pools are used to)
 */
public record ServerConfig(
    String host,
    int port,
    Optional<Path> dataDir,
    Optional<Path> identitiesFile,
    long maxBodyBytes,
    String region,
    Duration idleTimeout) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 4566;
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final String DEFAULT_REGION = "us-west-2";
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  public ServerConfig {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(identitiesFile, "identitiesFile");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("host must not be blank");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port `" + port + "` must be between 0 and 65535");
    }
    Listener.Limits.requireMaxBodyBytes(maxBodyBytes);
    Listener.Limits.requireIdleTimeout(idleTimeout);
    Account.requireRegion(region);
  }

  /** 127.0.0.1:4566, in memory, the default identity, 16 MiB bodies, us-west-2, 30 s idle. */
  public static ServerConfig defaults() {
    return new ServerConfig(
        DEFAULT_HOST,
        DEFAULT_PORT,
        Optional.empty(),
        Optional.empty(),
        DEFAULT_MAX_BODY_BYTES,
        DEFAULT_REGION,
        DEFAULT_IDLE_TIMEOUT);
  }

  public ServerConfig withHost(String value) {
    return new ServerConfig(
        value, port, dataDir, identitiesFile, maxBodyBytes, region, idleTimeout);
  }

  public ServerConfig withPort(int value) {
    return new ServerConfig(
        host, value, dataDir, identitiesFile, maxBodyBytes, region, idleTimeout);
  }

  public ServerConfig withDataDir(Path value) {
    return new ServerConfig(
        host, port, Optional.of(value), identitiesFile, maxBodyBytes, region, idleTimeout);
  }

  public ServerConfig withIdentitiesFile(Path value) {
    return new ServerConfig(
        host, port, dataDir, Optional.of(value), maxBodyBytes, region, idleTimeout);
  }

  public ServerConfig withMaxBodyBytes(long value) {
    return new ServerConfig(host, port, dataDir, identitiesFile, value, region, idleTimeout);
  }

  public ServerConfig withRegion(String value) {
    return new ServerConfig(host, port, dataDir, identitiesFile, maxBodyBytes, value, idleTimeout);
  }

  public ServerConfig withIdleTimeout(Duration value) {
    return new ServerConfig(host, port, dataDir, identitiesFile, maxBodyBytes, region, value);
  }
}
