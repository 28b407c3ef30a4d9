package io.atrest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

  private static final String FEATURES = "classpath:io/atrest/cli/run/";

  @TempDir Path reports;

  @Test
  void passingFeature_exitsZero_andWritesTheReport() {
    int code = run("--report-dir", reports.toString(), FEATURES + "passing.feature");
    assertThat(code).isZero();
    assertThat(reports.resolve("verdict.json")).exists();
    assertThat(reports.resolve("compliance.json")).exists();
    assertThat(reports.resolve("cucumber.ndjson")).exists();
  }

  @Test
  void failingFeature_exitsOne() {
    assertThat(run("--report-dir", reports.toString(), FEATURES + "failing.feature")).isEqualTo(1);
  }

  @Test
  void failingScenarioUnderAWaiverInForce_exitsZero() throws Exception {
    Path waivers = reports.resolve("waivers.yaml");
    Files.writeString(
        waivers,
        """
        waivers:
          - scenario: "A wrong expectation about a disabled key"
            justification: "known gap, tracked in SEC-1"
            owner: "security@example.com"
            expires: 2999-12-31
        """);

    int code =
        run(
            "--report-dir",
            reports.toString(),
            "--waivers",
            waivers.toString(),
            FEATURES + "failing.feature");

    assertThat(code).isZero();
    assertThat(Files.readString(reports.resolve("compliance.json"))).contains("\"waived\" : 1");
  }

  @Test
  void failingScenarioUnderAnExpiredWaiver_exitsOne() throws Exception {
    Path waivers = reports.resolve("waivers.yaml");
    Files.writeString(
        waivers,
        """
        waivers:
          - scenario: "A wrong expectation about a disabled key"
            justification: "known gap, tracked in SEC-1"
            owner: "security@example.com"
            expires: 2000-01-01
        """);

    int code =
        run(
            "--report-dir",
            reports.toString(),
            "--waivers",
            waivers.toString(),
            FEATURES + "failing.feature");

    assertThat(code).isEqualTo(1);
  }

  @Test
  void tagExpression_selectsScenarios_soANonMatchingOneLeavesNothingToFail() throws Exception {
    int code =
        run(
            "--report-dir",
            reports.toString(),
            "--tags",
            "@req:KMS-EC-002",
            FEATURES + "failing.feature");
    assertThat(code).isZero();
    assertThat(Files.readString(reports.resolve("verdict.json"))).contains("\"exitCode\" : 0");
  }

  @Test
  void noPath_runsTheBundledSuite() {
    RunCommand command = new RunCommand();
    new CommandLine(command).parseArgs();
    assertThat(command.cucumberArguments())
        .contains(RunCommand.BUNDLED_SUITE)
        .contains("--glue", RunCommand.GLUE);
  }

  private static int run(String... args) {
    CommandLine cli = new CommandLine(new RunCommand());
    cli.setOut(new PrintWriter(new StringWriter(), true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }
}
