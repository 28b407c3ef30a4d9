package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.reports.model.RunVerdict;
import io.atrest.reports.render.VerdictWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplianceRunTest {

  @TempDir Path dir;

  @Test
  void readVerdict_readsWhatThePluginWrites() throws IOException {
    Files.writeString(
        dir.resolve("verdict.json"),
        VerdictWriter.render(new RunVerdict(2, List.of("bad waivers"))));

    RunVerdict verdict = ComplianceRun.readVerdict(dir);

    assertThat(verdict.exitCode()).isEqualTo(2);
    assertThat(verdict.outcome()).isEqualTo("CONFIGURATION_ERROR");
    assertThat(verdict.reasons()).containsExactly("bad waivers");
  }

  @Test
  void readVerdict_rejectsAnExitCodeOutOfRange() throws IOException {
    Files.writeString(dir.resolve("verdict.json"), "{\"exitCode\":7}");

    assertThatThrownBy(() -> ComplianceRun.readVerdict(dir))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exitCode of 0, 1 or 2");
  }

  @Test
  void readVerdict_failsWhenNoRunWroteOne() {
    assertThatThrownBy(() -> ComplianceRun.readVerdict(dir)).isInstanceOf(IOException.class);
  }
}
