package io.atrest.serve;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a server in its own JVM for the crash test: {@code ServeLauncher DATA_DIR IDENTITIES
 * PORT_FILE} starts on a free port, writes the port to {@code PORT_FILE}, and serves until killed.
 */
public final class ServeLauncher {

  private ServeLauncher() {}

  public static void main(String[] args) throws Exception {
    AtrestServer server =
        AtrestServer.start(
            ServerConfig.defaults()
                .withPort(0)
                .withDataDir(Path.of(args[0]))
                .withIdentitiesFile(Path.of(args[1])));
    Path tmp = Path.of(args[2] + ".tmp");
    Files.writeString(tmp, Integer.toString(server.port()));
    Files.move(tmp, Path.of(args[2]));
    Thread.currentThread().join();
  }
}
