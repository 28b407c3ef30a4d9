package io.atrest.reports.assemble;

import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.waiver.Waiver;
import io.atrest.reports.waiver.WaiverTarget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The run's waivers judged on one date: which are in force, which expired, which name nothing. */
final class WaiverBook {

  private final List<Waiver> waivers;
  private final LocalDate today;

  WaiverBook(List<Waiver> waivers, LocalDate today) {
    this.waivers = List.copyOf(waivers);
    this.today = today;
  }

  List<Waiver> all() {
    return waivers;
  }

  boolean expired(Waiver waiver) {
    return waiver.expiredOn(today);
  }

  /** The waivers in force that accept a failure of {@code run} within {@code controlId}. */
  List<Waiver> covering(ScenarioRun run, String controlId) {
    return waivers.stream().filter(w -> !expired(w) && w.covers(run.name(), controlId)).toList();
  }

  /** The waivers in force that name the scenario itself. */
  List<Waiver> namingScenario(ScenarioRun run) {
    return covering(run, "");
  }

  /** Expired waivers and waivers whose scenario or control does not exist. */
  List<Problem> problems(Optional<Catalog> catalog, Set<String> scenarioNames) {
    List<Problem> problems = new ArrayList<>();
    for (Waiver w : waivers) {
      if (expired(w)) {
        problems.add(
            new Problem(
                Problem.Kind.EXPIRED_WAIVER,
                w.target().value(),
                "waiver for "
                    + w.target()
                    + " (owner "
                    + w.owner()
                    + ") expired on "
                    + w.expires()));
      }
      unknownTarget(w, catalog, scenarioNames).ifPresent(problems::add);
    }
    return problems;
  }

  private static Optional<Problem> unknownTarget(
      Waiver w, Optional<Catalog> catalog, Set<String> scenarioNames) {
    boolean known =
        w.target() instanceof WaiverTarget.Scenario
            ? scenarioNames.contains(w.target().value())
            // Without a catalog the configuration problem is already reported; don't pile on.
            : catalog.map(c -> c.control(w.target().value()).isPresent()).orElse(true);
    if (known) {
      return Optional.empty();
    }
    String where =
        w.target() instanceof WaiverTarget.Scenario ? "the feature files" : "the control catalog";
    return Optional.of(
        new Problem(
            Problem.Kind.UNKNOWN_WAIVER_TARGET,
            w.target().value(),
            "waiver names " + w.target() + ", which is not in " + where));
  }
}
