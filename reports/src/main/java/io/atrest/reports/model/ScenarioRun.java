package io.atrest.reports.model;

import io.atrest.reports.evidence.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One scenario as Cucumber ran it, with the evidence its steps attached.
 *
 * @param id {@code uri:line}, stable across runs (Cucumber's own ids are not)
 * @param failure the error Cucumber reported, empty when it passed
 */
public record ScenarioRun(
    String id,
    String feature,
    String name,
    String uri,
    int line,
    List<String> tags,
    RunOutcome outcome,
    String failure,
    List<StepRun> steps,
    List<Evidence> evidence) {

  /** The tag that cites a control. */
  public static final String CONTROL_TAG = "@control:";

  /** The tag that cites a requirement. */
  public static final String REQUIREMENT_TAG = "@req:";

  public ScenarioRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(feature, "feature");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(uri, "uri");
    tags = List.copyOf(tags);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(failure, "failure");
    steps = List.copyOf(steps);
    evidence = List.copyOf(evidence);
  }

  /** The control ids this scenario cites with {@code @control:ID} tags, in tag order. */
  public List<String> controlIds() {
    return idsTagged(CONTROL_TAG);
  }

  /** The requirement ids this scenario cites with {@code @req:ID} tags, in tag order. */
  public List<String> requirementIds() {
    return idsTagged(REQUIREMENT_TAG);
  }

  private List<String> idsTagged(String prefix) {
    return tags.stream()
        .filter(t -> t.startsWith(prefix))
        .map(t -> t.substring(prefix.length()))
        .distinct()
        .toList();
  }
}
