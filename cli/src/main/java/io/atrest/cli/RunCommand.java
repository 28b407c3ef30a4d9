package io.atrest.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.reports.plugin.ComplianceRun;
import io.atrest.reports.plugin.PluginOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code atrest run}: runs feature files with the atrest step library, a fresh embedded engine per
 * scenario, and writes the compliance report. The exit status is the larger of Cucumber's and the
 * report's verdict ({@code verdict.json}): 0 only when every scenario passed (or failed under a
 * waiver in force).
 */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs feature files (default: the bundled compliance suite) with the atrest step library on a"
          + " fresh embedded engine per scenario, and writes the compliance report."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every scenario passed, or its failure is waived by a waiver in force",
      "1:a scenario failed, or the report found a problem (an unknown @req/@control id, an expired waiver)",
      "2:usage error, or a report configuration error"
    })
final class RunCommand implements Callable<Integer> {

  /** The step library's glue package. */
  static final String GLUE = "io.atrest.features";

  /** The bundled suite, packaged in the features jar. */
  static final String BUNDLED_SUITE = "classpath:io/atrest/features/suite";

  @Spec CommandSpec spec;

  @Option(
      names = "--tags",
      description =
          "Only scenarios matching this tag expression, e.g. \"@control:ATR-KM-05 and not @slow\".")
  @Nullable String tags;

  @Option(
      names = "--report-dir",
      defaultValue = PluginOptions.DEFAULT_DIR,
      description = "Where the reports go (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description =
          "Waivers file (YAML or JSON; default: waivers.yaml, waivers.yml or waivers.json"
              + " in the working directory, if present).")
  @Nullable Path waivers;

  @Parameters(
      arity = "0..*",
      paramLabel = "PATH",
      description = "Feature files or folders (default: the bundled suite).")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    byte cucumber =
        io.cucumber.core.cli.Main.run(
            cucumberArguments().toArray(String[]::new),
            Thread.currentThread().getContextClassLoader());
    int report;
    try {
      report = ComplianceRun.readVerdict(reportDir).exitCode();
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println("atrest run: no verdict in " + reportDir + ": " + e.getMessage());
      report = ExitCodes.USAGE;
    }
    spec.commandLine().getOut().println("atrest run: reports in " + reportDir.toAbsolutePath());
    return cucumber != 0 && report == 0 && onlyWaivedFailures() ? 0 : Math.max(cucumber, report);
  }

  /**
   * Whether Cucumber's failure is fully explained by waived scenarios: Cucumber knows no waivers,
   * so it fails a run whose failures the report waived. Anything else it failed on still counts.
   */
  private boolean onlyWaivedFailures() {
    try {
      JsonNode scenarios =
          Json.mapper()
              .readTree(reportDir.resolve("compliance.json").toFile())
              .at("/summary/scenarios");
      return scenarios.path("failed").asInt(-1) == 0 && scenarios.path("waived").asInt(0) > 0;
    } catch (IOException e) {
      return false;
    }
  }

  private String pluginArgument() {
    return waivers == null ? reportDir.toString() : "dir=" + reportDir + ";waivers=" + waivers;
  }

  List<String> cucumberArguments() {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--glue",
                GLUE,
                "--plugin",
                "io.atrest.reports.plugin.ComplianceReportPlugin:" + pluginArgument(),
                "--plugin",
                "message:" + reportDir.resolve("cucumber.ndjson"),
                "--plugin",
                "summary",
                "--monochrome",
                "--threads",
                String.valueOf(Math.max(1, Runtime.getRuntime().availableProcessors()))));
    if (tags != null) {
      args.add("--tags");
      args.add(tags);
    }
    args.addAll(paths.isEmpty() ? List.of(BUNDLED_SUITE) : paths);
    return args;
  }
}
