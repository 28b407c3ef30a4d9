package io.atrest.reports.assemble;

import io.atrest.reports.evidence.DecisionEvidence;
import io.atrest.reports.model.PolicyCoverage;
import io.atrest.reports.model.ScenarioRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statement coverage from decision evidence: every policy a decision listed, with the number of
 * decisions each of its statements determined. Policies are told apart by name.
 */
final class StatementCoverageCollector {

  private final Map<String, Set<String>> declared = new LinkedHashMap<>();
  private final Map<String, Map<String, Integer>> decisions = new LinkedHashMap<>();

  static List<PolicyCoverage> collect(List<ScenarioRun> scenarios) {
    StatementCoverageCollector collector = new StatementCoverageCollector();
    scenarios.stream()
        .flatMap(s -> s.evidence().stream())
        .filter(DecisionEvidence.class::isInstance)
        .map(DecisionEvidence.class::cast)
        .forEach(collector::add);
    return collector.coverage();
  }

  private void add(DecisionEvidence decision) {
    for (DecisionEvidence.PolicyStatements policy : decision.policies()) {
      declared
          .computeIfAbsent(policy.name(), p -> new LinkedHashSet<>())
          .addAll(policy.statements());
    }
    for (DecisionEvidence.Reason reason : decision.reasons()) {
      if (reason.determining() && !reason.statement().isEmpty()) {
        decisions
            .computeIfAbsent(reason.policy(), p -> new LinkedHashMap<>())
            .merge(reason.statement(), 1, Integer::sum);
      }
    }
  }

  private List<PolicyCoverage> coverage() {
    // Only policies some decision listed are covered: a reason naming a grant or an identity
    // policy that no decision declared has no statement list to measure against.
    List<PolicyCoverage> coverage = new ArrayList<>();
    for (Map.Entry<String, Set<String>> policy : declared.entrySet()) {
      Map<String, Integer> counts = decisions.getOrDefault(policy.getKey(), Map.of());
      List<PolicyCoverage.StatementUse> uses = new ArrayList<>();
      for (String statement : policy.getValue()) {
        uses.add(
            new PolicyCoverage.StatementUse(statement, counts.getOrDefault(statement, 0), true));
      }
      counts.forEach(
          (statement, n) -> {
            if (!policy.getValue().contains(statement)) {
              uses.add(new PolicyCoverage.StatementUse(statement, n, false));
            }
          });
      coverage.add(new PolicyCoverage(policy.getKey(), uses));
    }
    return coverage;
  }
}
