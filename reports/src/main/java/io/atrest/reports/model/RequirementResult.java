package io.atrest.reports.model;

import io.atrest.reports.catalog.Requirement;
import java.util.List;
import java.util.Objects;

/** A requirement with its verdict and the scenarios behind it (empty when NOT_COVERED). */
public record RequirementResult(
    Requirement requirement, Verdict verdict, List<String> scenarioIds) {

  public RequirementResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(verdict, "verdict");
    scenarioIds = List.copyOf(scenarioIds);
  }
}
