package io.atrest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

  @TempDir Path dir;

  @Test
  void invalidIdentitiesFile_isAUsageErrorInOneLine() throws IOException {
    Path identities = dir.resolve("identities.json");
    Files.writeString(identities, "{\"identities\": [ {\"accessKeyId\": 1} ]");

    CliRun run = CliRun.of("serve", "--port", "0", "--identities", identities.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("atrest serve: ");
    assertThat(run.err().strip()).doesNotContain("\n");
  }

  @Test
  void malformedYamlIdentitiesFile_isAUsageErrorNamingLineAndColumn() throws IOException {
    Path identities = dir.resolve("identities.yaml");
    Files.writeString(identities, "identities:\n  - accessKeyId: [unclosed\n");

    CliRun run = CliRun.of("serve", "--port", "0", "--identities", identities.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("atrest serve: identities file " + identities + " is not valid YAML at line ");
    assertThat(run.err().strip()).doesNotContain("\n");
  }

  @Test
  void portInUse_isAUsageErrorNamingTheAddress() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.of("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }

  @Test
  void idleTimeoutOfZero_isAUsageErrorNamingIt() {
    CliRun run = CliRun.of("serve", "--port", "0", "--idle-timeout", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("atrest serve: idleTimeout `PT0S`");
  }

  @Test
  void idleTimeoutBeyondAnyMillisecondCount_isAUsageErrorNamingIt() {
    CliRun run = CliRun.of("serve", "--port", "0", "--idle-timeout", "9000000000000000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("atrest serve: idleTimeout `PT");
  }

  @Test
  void unknownRegion_isAUsageError() {
    CliRun run = CliRun.of("serve", "--port", "0", "--region", "Mars");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Mars");
  }
}
