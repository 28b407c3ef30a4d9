package io.atrest.reports.assemble;

import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.ScenarioRun;
import io.atrest.reports.waiver.Waiver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a report is made of.
 *
 * @param scenarioNames the names of every scenario in the feature files read, run or not (a waiver
 *     may name a scenario that a tag filter left out)
 * @param catalog empty when it could not be read; {@code configurationProblems} then says why
 * @param today the date waiver expiry is judged on
 */
public record ReportInput(
    List<ScenarioRun> scenarios,
    Set<String> scenarioNames,
    Optional<Catalog> catalog,
    List<Waiver> waivers,
    List<Problem> configurationProblems,
    Instant generatedAt,
    LocalDate today) {

  public ReportInput {
    scenarios = List.copyOf(scenarios);
    scenarioNames = Set.copyOf(scenarioNames);
    Objects.requireNonNull(catalog, "catalog");
    waivers = List.copyOf(waivers);
    configurationProblems = List.copyOf(configurationProblems);
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(today, "today");
  }
}
