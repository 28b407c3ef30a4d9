package io.atrest.reports.model;

import io.atrest.reports.evidence.PolicyFindingsEvidence;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything one run shows an auditor; the writers only draw it. */
public record ComplianceReport(
    Instant generatedAt,
    RunVerdict verdict,
    List<ControlResult> controls,
    List<RequirementResult> requirements,
    List<ScenarioResult> scenarios,
    List<PolicyCoverage> statementCoverage,
    KmsUsage kmsUsage,
    List<WaiverUse> waivers,
    List<Problem> problems) {

  public ComplianceReport {
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(verdict, "verdict");
    controls = List.copyOf(controls);
    requirements = List.copyOf(requirements);
    scenarios = List.copyOf(scenarios);
    statementCoverage = List.copyOf(statementCoverage);
    Objects.requireNonNull(kmsUsage, "kmsUsage");
    waivers = List.copyOf(waivers);
    problems = List.copyOf(problems);
  }

  public Counts controlCounts() {
    return Counts.of(controls.stream().map(ControlResult::verdict).toList());
  }

  public Counts requirementCounts() {
    return Counts.of(requirements.stream().map(RequirementResult::verdict).toList());
  }

  public ScenarioCounts scenarioCounts() {
    return ScenarioCounts.of(scenarios.stream().map(ScenarioResult::status).toList());
  }

  public Optional<ScenarioResult> scenario(String id) {
    return scenarios.stream().filter(s -> s.run().id().equals(id)).findFirst();
  }

  /** All policy findings attached in the run, in scenario order. */
  public List<PolicyFindingsEvidence> policyFindings() {
    return scenarios.stream()
        .flatMap(s -> s.run().evidence().stream())
        .filter(PolicyFindingsEvidence.class::isInstance)
        .map(PolicyFindingsEvidence.class::cast)
        .toList();
  }
}
