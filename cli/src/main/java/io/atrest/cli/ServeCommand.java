package io.atrest.cli;

import io.atrest.serve.AtrestServer;
import io.atrest.serve.ServerConfig;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atrest serve}: the reference KMS and table store on the AWS wire until stopped. */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the reference KMS (TrentService, x-amz-json-1.1) and DynamoDB (DynamoDB_20120810,"
          + " x-amz-json-1.0) on one HTTP endpoint, authenticated with SigV4, for the AWS SDKs and"
          + " the aws CLI (--endpoint-url).",
      "Control API for tests under /_atrest/: POST /_atrest/clock/advance {\"seconds\":N},"
          + " GET /_atrest/trail, POST /_atrest/reset. Stops cleanly on SIGTERM or Ctrl-C."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:stopped cleanly", "2:usage error, bad identities file or port in use"})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = ServerConfig.DEFAULT_HOST,
      description =
          "Address to bind (default: ${DEFAULT-VALUE}; the control API is unauthenticated).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "4566",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Keep the engine in files under DIR (default: in memory).")
  @Nullable Path dataDir;

  @Option(
      names = "--identities",
      paramLabel = "FILE",
      description =
          "JSON or YAML file mapping access keys and secrets to principals (default: access key"
              + " `test`, secret `test`, in account 111122223333).")
  @Nullable Path identities;

  @Option(
      names = "--region",
      defaultValue = ServerConfig.DEFAULT_REGION,
      description = "The region served (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(
      names = "--idle-timeout",
      defaultValue = "30",
      paramLabel = "SECONDS",
      description =
          "Close a connection that sends nothing for this long (default: ${DEFAULT-VALUE}).")
  long idleTimeoutSeconds;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    ServerConfig config;
    AtrestServer server;
    try {
      config =
          ServerConfig.defaults()
              .withHost(host)
              .withPort(port)
              .withRegion(region)
              .withIdleTimeout(Duration.ofSeconds(idleTimeoutSeconds));
      if (dataDir != null) {
        config = config.withDataDir(dataDir);
      }
      if (identities != null) {
        config = config.withIdentitiesFile(identities);
      }
      server = AtrestServer.start(config);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("atrest serve: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "atrest serve: listening on "
            + server.endpoint()
            + (dataDir == null ? " (in memory)" : " (data in " + dataDir + ")"));
    out.flush();
    // The server's shutdown hook closes the stores on SIGTERM; this thread only waits.
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
