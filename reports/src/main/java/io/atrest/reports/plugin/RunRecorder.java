package io.atrest.reports.plugin;

import io.atrest.reports.evidence.Evidence;
import io.atrest.reports.evidence.EvidenceParser;
import io.atrest.reports.model.RunOutcome;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.StepRun;
import io.cucumber.plugin.event.EmbedEvent;
import io.cucumber.plugin.event.HookTestStep;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.plugin.event.TestStepFinished;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Collects what Cucumber reports about each scenario: steps, attached evidence and the result.
 * Methods are synchronized because Cucumber may run scenarios in parallel and a {@code
 * ConcurrentEventListener} receives events on the threads that produce them.
 */
final class RunRecorder {

  private static final int STACK_FRAMES = 12;

  private final Path workDir;
  private final Map<URI, FeatureSource> sources = new LinkedHashMap<>();
  private final Map<UUID, Builder> running = new LinkedHashMap<>();
  private final Map<String, ScenarioRun> finished = new LinkedHashMap<>();

  RunRecorder(Path workDir) {
    this.workDir = workDir;
  }

  synchronized void sourceRead(TestSourceRead event) {
    sources.put(event.getUri(), FeatureSource.parse(event.getSource()));
  }

  synchronized void started(TestCaseStarted event) {
    running.put(event.getTestCase().getId(), new Builder());
  }

  synchronized void embedded(EmbedEvent event) {
    String mediaType = event.getMediaType() == null ? "" : event.getMediaType();
    if (mediaType.split(";", -1)[0].trim().equalsIgnoreCase(Evidence.MEDIA_TYPE)) {
      String name = event.getName() == null ? "" : event.getName();
      builder(event.getTestCase()).evidence.add(EvidenceParser.parse(name, event.getData()));
    }
  }

  synchronized void stepFinished(TestStepFinished event) {
    Builder builder = builder(event.getTestCase());
    Result result = event.getResult();
    String status = result.getStatus().name();
    if (event.getTestStep() instanceof PickleStepTestStep step) {
      builder.steps.add(
          new StepRun(step.getStep().getKeyword() + step.getStep().getText(), status));
    } else if (event.getTestStep() instanceof HookTestStep hook && !result.getStatus().isOk()) {
      // Passing hooks are plumbing; a failing one is why the scenario failed, so it is shown.
      builder.steps.add(
          new StepRun(
              hook.getHookType().name().toLowerCase(Locale.ROOT)
                  + " hook "
                  + hook.getCodeLocation(),
              status));
    }
  }

  synchronized void finished(TestCaseFinished event) {
    TestCase testCase = event.getTestCase();
    Builder builder = running.remove(testCase.getId());
    if (builder == null) {
      builder = new Builder();
    }
    String uri = shortUri(testCase.getUri());
    int line = testCase.getLocation().getLine();
    String id = uri + ":" + line;
    // A rerun of the same scenario replaces the earlier attempt: the last result is the result.
    finished.put(
        id,
        new ScenarioRun(
            id,
            featureName(testCase.getUri()),
            testCase.getName(),
            uri,
            line,
            testCase.getTags(),
            outcome(event.getResult().getStatus()),
            failure(event.getResult(), builder.steps),
            builder.steps,
            builder.evidence));
  }

  /** The finished scenarios, in feature file and line order. */
  synchronized List<ScenarioRun> scenarios() {
    return finished.values().stream()
        .sorted(Comparator.comparing(ScenarioRun::uri).thenComparingInt(ScenarioRun::line))
        .toList();
  }

  /** Every scenario name in the feature files read, and of every scenario that ran. */
  synchronized Set<String> scenarioNames() {
    Set<String> names = new HashSet<>();
    sources.values().forEach(s -> names.addAll(s.scenarioNames()));
    finished.values().forEach(s -> names.add(s.name()));
    return names;
  }

  private Builder builder(TestCase testCase) {
    return running.computeIfAbsent(testCase.getId(), id -> new Builder());
  }

  private String featureName(URI uri) {
    FeatureSource source = sources.get(uri);
    if (source != null && source.featureName().isPresent()) {
      return source.featureName().get();
    }
    String path = uri.toString();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private String shortUri(URI uri) {
    if ("file".equals(uri.getScheme())) {
      Path path = Path.of(uri);
      return path.startsWith(workDir)
          ? workDir.relativize(path).toString().replace('\\', '/')
          : path.toString();
    }
    return uri.toString();
  }

  static RunOutcome outcome(Status status) {
    return switch (status) {
      case PASSED -> RunOutcome.PASSED;
      case SKIPPED -> RunOutcome.SKIPPED;
      default -> RunOutcome.FAILED;
    };
  }

  private static String failure(Result result, List<StepRun> steps) {
    Status status = result.getStatus();
    if (status == Status.PASSED || status == Status.SKIPPED) {
      return "";
    }
    Throwable error = result.getError();
    if (error == null) {
      String step =
          steps.stream()
              .filter(s -> s.status().equals(status.name()))
              .map(StepRun::text)
              .findFirst()
              .orElse("a step");
      return "scenario " + status.name().toLowerCase(Locale.ROOT) + " at: " + step;
    }
    StringBuilder text = new StringBuilder(error.toString());
    StackTraceElement[] frames = error.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, STACK_FRAMES); i++) {
      text.append("\n\tat ").append(frames[i]);
    }
    return text.toString();
  }

  /** A scenario being recorded. */
  private static final class Builder {
    final List<StepRun> steps = new ArrayList<>();
    final List<Evidence> evidence = new ArrayList<>();
  }
}
