package io.atrest.reports.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless Chromium, run the way a person's browser would open the report: from a file
 * URL, with a fresh profile and name resolution switched off, so a page that needed the network
 * would show it. Missing or failing Chromium is a test failure, never a skip.
 */
final class Chromium {

  static final Path BINARY = Path.of("/usr/bin/chromium");

  private final Path profiles;

  Chromium(Path profiles) {
    this.profiles = profiles;
  }

  /** The DOM after the page's scripts ran. */
  String dumpDom(Path page, String fragment) throws IOException, InterruptedException {
    return run(List.of("--dump-dom", page.toUri() + fragment));
  }

  /** Writes a PNG of the page's first 1280x2000 pixels. */
  void screenshot(Path page, Path png) throws IOException, InterruptedException {
    run(
        List.of(
            "--screenshot=" + png.toAbsolutePath(),
            "--window-size=1280,2000",
            page.toUri().toString()));
  }

  private String run(List<String> args) throws IOException, InterruptedException {
    if (!Files.isExecutable(BINARY)) {
      throw new AssertionError(
          BINARY + " is missing: install Debian's chromium (apt-get install -y chromium)");
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                BINARY.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--user-data-dir=" + Files.createTempDirectory(profiles, "profile")));
    command.addAll(args);
    Path out = Files.createTempFile(profiles, "stdout", ".txt");
    Path err = Files.createTempFile(profiles, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    // A bound on a hung browser, not a speed check: the run fails only if Chromium never finishes.
    if (!process.waitFor(3, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish: " + Files.readString(err));
    }
    if (process.exitValue() != 0) {
      throw new AssertionError(
          "chromium exited with " + process.exitValue() + ": " + Files.readString(err));
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
