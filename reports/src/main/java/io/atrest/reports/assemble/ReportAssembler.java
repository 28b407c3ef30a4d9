package io.atrest.reports.assemble;

import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.catalog.Control;
import io.atrest.reports.catalog.Requirement;
import io.atrest.reports.evidence.MalformedEvidence;
import io.atrest.reports.model.ComplianceReport;
import io.atrest.reports.model.ControlResult;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.RequirementResult;
import io.atrest.reports.model.RunOutcome;
import io.atrest.reports.model.RunVerdict;
import io.atrest.reports.model.ScenarioResult;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.model.ScenarioStatus;
import io.atrest.reports.model.Verdict;
import io.atrest.reports.model.WaiverUse;
import io.atrest.reports.waiver.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds the {@link ComplianceReport} of one run. */
public final class ReportAssembler {

  private ReportAssembler() {}

  public static ComplianceReport assemble(ReportInput input) {
    WaiverBook book = new WaiverBook(input.waivers(), input.today());
    Catalog catalog = input.catalog().orElseGet(() -> Catalog.of(List.of(), List.of()));
    List<ScenarioResult> scenarios =
        input.scenarios().stream().map(run -> scenario(run, book)).toList();

    List<Problem> problems = new ArrayList<>(input.configurationProblems());
    problems.addAll(book.problems(input.catalog(), input.scenarioNames()));
    if (input.catalog().isPresent()) {
      problems.addAll(TagCheck.problems(input.scenarios(), catalog));
    }
    problems.addAll(malformedEvidence(input.scenarios()));

    return new ComplianceReport(
        input.generatedAt(),
        verdict(scenarios, problems),
        controls(catalog, input.scenarios(), book),
        requirements(catalog, scenarios),
        scenarios,
        StatementCoverageCollector.collect(input.scenarios()),
        KmsUsageCollector.collect(input.scenarios()),
        waiverUses(book, scenarios),
        problems);
  }

  /**
   * A failed scenario is WAIVED when a waiver names it, or when waivers cover every control it
   * cites: a failure that still counts against one of its controls is a failure.
   */
  static ScenarioResult scenario(ScenarioRun run, WaiverBook book) {
    ScenarioStatus status =
        switch (run.outcome()) {
          case PASSED -> ScenarioStatus.PASSED;
          case SKIPPED -> ScenarioStatus.SKIPPED;
          case FAILED -> ScenarioStatus.FAILED;
        };
    if (run.outcome() != RunOutcome.FAILED) {
      return new ScenarioResult(run, status, List.of());
    }
    Set<Waiver> used = new LinkedHashSet<>(book.namingScenario(run));
    boolean everyControlWaived = !run.controlIds().isEmpty();
    for (String control : run.controlIds()) {
      List<Waiver> covering = book.covering(run, control);
      everyControlWaived &= !covering.isEmpty();
      used.addAll(covering);
    }
    boolean waived = !book.namingScenario(run).isEmpty() || everyControlWaived;
    return new ScenarioResult(
        run, waived ? ScenarioStatus.WAIVED : ScenarioStatus.FAILED, List.copyOf(used));
  }

  private static List<ControlResult> controls(
      Catalog catalog, List<ScenarioRun> runs, WaiverBook book) {
    List<ControlResult> controls = new ArrayList<>();
    for (Control control : catalog.controls()) {
      List<ControlResult.Entry> entries = new ArrayList<>();
      for (ScenarioRun run : runs) {
        if (run.controlIds().contains(control.id())) {
          entries.add(new ControlResult.Entry(run.id(), statusWithin(run, control.id(), book)));
        }
      }
      List<String> requirementIds =
          catalog.requirements().stream()
              .filter(r -> !r.retired() && r.controls().contains(control.id()))
              .map(Requirement::id)
              .toList();
      Verdict verdict = Verdict.of(entries.stream().map(ControlResult.Entry::status).toList());
      controls.add(new ControlResult(control, verdict, entries, requirementIds));
    }
    return controls;
  }

  private static ScenarioStatus statusWithin(ScenarioRun run, String controlId, WaiverBook book) {
    return switch (run.outcome()) {
      case PASSED -> ScenarioStatus.PASSED;
      case SKIPPED -> ScenarioStatus.SKIPPED;
      case FAILED ->
          book.covering(run, controlId).isEmpty() ? ScenarioStatus.FAILED : ScenarioStatus.WAIVED;
    };
  }

  private static List<RequirementResult> requirements(
      Catalog catalog, List<ScenarioResult> scenarios) {
    List<RequirementResult> results = new ArrayList<>();
    for (Requirement requirement : catalog.requirements()) {
      if (requirement.retired()) {
        continue;
      }
      List<ScenarioResult> citing =
          scenarios.stream()
              .filter(s -> s.run().requirementIds().contains(requirement.id()))
              .toList();
      results.add(
          new RequirementResult(
              requirement,
              Verdict.of(citing.stream().map(ScenarioResult::status).toList()),
              citing.stream().map(s -> s.run().id()).toList()));
    }
    return results;
  }

  private static List<Problem> malformedEvidence(List<ScenarioRun> runs) {
    List<Problem> problems = new ArrayList<>();
    for (ScenarioRun run : runs) {
      for (var evidence : run.evidence()) {
        if (evidence instanceof MalformedEvidence bad) {
          problems.add(
              new Problem(
                  Problem.Kind.MALFORMED_EVIDENCE,
                  run.id(),
                  "scenario `"
                      + run.name()
                      + "` attached evidence `"
                      + bad.name()
                      + "` that breaks the evidence contract: "
                      + String.join("; ", bad.problems())));
        }
      }
    }
    return problems;
  }

  private static List<WaiverUse> waiverUses(WaiverBook book, List<ScenarioResult> scenarios) {
    return book.all().stream()
        .map(
            w ->
                new WaiverUse(
                    w,
                    book.expired(w),
                    scenarios.stream()
                        .filter(s -> s.waivers().contains(w))
                        .map(s -> s.run().id())
                        .toList()))
        .toList();
  }

  private static RunVerdict verdict(List<ScenarioResult> scenarios, List<Problem> problems) {
    List<String> reasons = new ArrayList<>();
    int exit = 0;
    for (Problem p : problems) {
      if (p.kind().exitCode() > 0) {
        exit = Math.max(exit, p.kind().exitCode());
        reasons.add(p.message());
      }
    }
    for (ScenarioResult s : scenarios) {
      if (s.status() == ScenarioStatus.FAILED) {
        exit = Math.max(exit, 1);
        reasons.add("scenario `" + s.run().name() + "` (" + s.run().id() + ") failed");
      }
    }
    return new RunVerdict(exit, reasons);
  }
}
