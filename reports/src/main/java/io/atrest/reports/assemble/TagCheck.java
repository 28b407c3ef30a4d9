package io.atrest.reports.assemble;

import io.atrest.reports.catalog.Catalog;
import io.atrest.reports.catalog.Requirement;
import io.atrest.reports.model.Problem;
import io.atrest.reports.model.ScenarioRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds {@code @control:} and {@code @req:} tags that name nothing in the catalogs. */
final class TagCheck {

  private TagCheck() {}

  static List<Problem> problems(List<ScenarioRun> scenarios, Catalog catalog) {
    List<Problem> problems = new ArrayList<>();
    for (ScenarioRun run : scenarios) {
      for (String id : run.controlIds()) {
        if (catalog.control(id).isEmpty()) {
          problems.add(
              new Problem(
                  Problem.Kind.UNKNOWN_CONTROL,
                  run.id(),
                  "scenario `"
                      + run.name()
                      + "` ("
                      + run.id()
                      + ") has tag `"
                      + ScenarioRun.CONTROL_TAG
                      + id
                      + "`, but the control catalog has no `"
                      + id
                      + "`"));
        }
      }
      for (String id : run.requirementIds()) {
        requirementProblem(run, id, catalog.requirement(id)).ifPresent(problems::add);
      }
    }
    return problems;
  }

  private static Optional<Problem> requirementProblem(
      ScenarioRun run, String id, Optional<Requirement> requirement) {
    String tag =
        "scenario `"
            + run.name()
            + "` ("
            + run.id()
            + ") has tag `"
            + ScenarioRun.REQUIREMENT_TAG
            + id
            + "`";
    if (requirement.isEmpty()) {
      return Optional.of(
          new Problem(
              Problem.Kind.UNKNOWN_REQUIREMENT,
              run.id(),
              tag + ", but the requirement catalog has no `" + id + "`"));
    }
    if (requirement.get().retired()) {
      return Optional.of(
          new Problem(
              Problem.Kind.RETIRED_REQUIREMENT,
              run.id(),
              tag + ", but `" + id + "` is retired and gets no verdict"));
    }
    return Optional.empty();
  }
}
