package io.atrest.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.reports.TestData;
import io.atrest.reports.model.RunOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path dir;

  @Test
  void everyReportFile_isWritten() throws Exception {
    ReportFiles.write(TestData.fullReport(), dir.resolve("out"));

    assertThat(dir.resolve("out"))
        .isDirectoryContaining(p -> p.endsWith("index.html"))
        .isDirectoryContaining(p -> p.endsWith("compliance.json"))
        .isDirectoryContaining(p -> p.endsWith("junit.xml"))
        .isDirectoryContaining(p -> p.endsWith("summary.md"))
        .isDirectoryContaining(p -> p.endsWith("policy-validation.sarif"))
        .isDirectoryContaining(p -> p.endsWith("verdict.json"));
    assertThat(Files.readString(dir.resolve("out/verdict.json"))).contains("\"exitCode\" : 1");
  }

  @Test
  void runWithoutPolicyFindings_removesAStaleSarif() throws Exception {
    Files.writeString(dir.resolve("policy-validation.sarif"), "{}");

    ReportFiles.write(
        TestData.assemble(List.of(TestData.run("ok", 1, RunOutcome.PASSED, List.of())), List.of()),
        dir);

    assertThat(dir.resolve("policy-validation.sarif")).doesNotExist();
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws Exception {
    ReportFiles.write(TestData.fullReport(), dir);

    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
