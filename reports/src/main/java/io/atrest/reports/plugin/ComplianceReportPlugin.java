package io.atrest.reports.plugin;

import io.atrest.reports.assemble.ReportAssembler;
import io.atrest.reports.assemble.ReportInput;
import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.catalog.CatalogException;
import io.atrest.reports.catalog.CatalogLoader;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.RunVerdict;
import io.atrest.reports.render.ReportFiles;
import io.atrest.reports.render.VerdictWriter;
import io.atrest.reports.waiver.Waiver;
import io.atrest.reports.waiver.WaiverException;
import io.atrest.reports.waiver.WaiversFile;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Cucumber plugin that writes the compliance report. Register it as {@code
 * io.atrest.reports.plugin.ComplianceReportPlugin} (report in {@value PluginOptions#DEFAULT_DIR})
 * or with an argument, see {@link PluginOptions}. At the end of the run it writes the report files
 * and publishes the verdict through {@link ComplianceRun}. It never throws into Cucumber: whatever
 * goes wrong becomes a problem in the report or, at worst, a {@code verdict.json} with exit status
 * 2.
 */
public final class ComplianceReportPlugin implements ConcurrentEventListener {

  private final PluginOptions options;
  private final Clock clock;
  private final RunRecorder recorder;

  /** With the default settings (and the {@code atrest.report.*} system properties). */
  public ComplianceReportPlugin() {
    this(null);
  }

  /** With the plugin argument Cucumber passes after the class name and a colon. */
  public ComplianceReportPlugin(@Nullable String argument) {
    this(PluginOptions.parse(argument, systemProperties(), workDir()), Clock.systemUTC());
  }

  /** For tests and launchers that decide the settings and the date themselves. */
  public ComplianceReportPlugin(PluginOptions options, Clock clock) {
    this.options = options;
    this.clock = clock;
    this.recorder = new RunRecorder(workDir());
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceRead.class, recorder::sourceRead);
    publisher.registerHandlerFor(TestCaseStarted.class, recorder::started);
    publisher.registerHandlerFor(EmbedEvent.class, recorder::embedded);
    publisher.registerHandlerFor(TestStepFinished.class, recorder::stepFinished);
    publisher.registerHandlerFor(TestCaseFinished.class, recorder::finished);
    publisher.registerHandlerFor(TestRunFinished.class, event -> finish());
  }

  private void finish() {
    try {
      ComplianceReport report = ReportAssembler.assemble(input());
      ReportFiles.write(report, options.reportDir());
      ComplianceRun.publish(report.verdict());
    } catch (IOException | RuntimeException e) {
      // The report could not be made; say so where a launcher looks, rather than stop Cucumber.
      RunVerdict broken =
          new RunVerdict(2, List.of("the compliance report could not be written: " + e));
      ComplianceRun.publish(broken);
      writeVerdictOnly(broken);
    }
  }

  private ReportInput input() {
    List<Problem> problems = new ArrayList<>();
    options
        .problems()
        .forEach(p -> problems.add(new Problem(Problem.Kind.CONFIGURATION, "plugin", p)));
    Optional<Catalog> catalog = catalog(problems);
    List<Waiver> waivers = waivers(problems);
    return new ReportInput(
        recorder.scenarios(),
        recorder.scenarioNames(),
        catalog,
        waivers,
        problems,
        clock.instant(),
        LocalDate.now(clock));
  }

  private Optional<Catalog> catalog(List<Problem> problems) {
    try {
      if (options.controls().isPresent() && options.requirements().isPresent()) {
        return Optional.of(
            CatalogLoader.fromFiles(options.controls().get(), options.requirements().get()));
      }
      return Optional.of(CatalogLoader.fromClasspath(classLoader()));
    } catch (CatalogException e) {
      problems.add(new Problem(Problem.Kind.CONFIGURATION, "catalog", e.getMessage()));
      return Optional.empty();
    }
  }

  private List<Waiver> waivers(List<Problem> problems) {
    if (options.waivers().isEmpty() || !Files.isRegularFile(options.waivers().get())) {
      return List.of();
    }
    try {
      return WaiversFile.read(options.waivers().get());
    } catch (WaiverException e) {
      problems.add(new Problem(Problem.Kind.CONFIGURATION, "waivers", e.getMessage()));
      return List.of();
    }
  }

  private void writeVerdictOnly(RunVerdict verdict) {
    try {
      Files.createDirectories(options.reportDir());
      Files.writeString(
          options.reportDir().resolve(ReportFiles.VERDICT),
          VerdictWriter.render(verdict),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      // Nowhere left to write, and throwing would stop Cucumber's other plugins; the in-JVM
      // verdict still carries exit status 2, and stderr says why.
      System.err.println(
          "atrest: cannot write " + ReportFiles.VERDICT + " to " + options.reportDir() + ": " + e);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : ComplianceReportPlugin.class.getClassLoader();
  }

  private static Path workDir() {
    return Path.of("").toAbsolutePath();
  }

  private static Map<String, String> systemProperties() {
    Map<String, String> properties = new HashMap<>();
    System.getProperties()
        .stringPropertyNames()
        .forEach(name -> properties.put(name, System.getProperty(name)));
    return properties;
  }
}
