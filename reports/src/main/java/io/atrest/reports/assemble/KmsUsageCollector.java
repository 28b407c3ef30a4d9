package io.atrest.reports.assemble;

import io.atrest.reports.evidence.KmsUsageEvidence;
import io.atrest.reports.model.KmsUsage;
import io.atrest.reports.model.ScenarioRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Adds up the {@code kmsUsage} evidence of all scenarios. */
final class KmsUsageCollector {

  private KmsUsageCollector() {}

  static KmsUsage collect(List<ScenarioRun> scenarios) {
    Map<List<String>, Long> counts = new LinkedHashMap<>();
    BigDecimal cost = BigDecimal.ZERO;
    int reporting = 0;
    for (ScenarioRun run : scenarios) {
      List<KmsUsageEvidence> usages =
          run.evidence().stream()
              .filter(KmsUsageEvidence.class::isInstance)
              .map(KmsUsageEvidence.class::cast)
              .toList();
      if (!usages.isEmpty()) {
        reporting++;
        // A scenario may attach usage more than once; its latest figures supersede the earlier.
        KmsUsageEvidence last = usages.get(usages.size() - 1);
        cost = cost.add(last.monthlyCostUsd());
        for (KmsUsageEvidence.Requests r : last.requests()) {
          counts.merge(List.of(r.key(), r.operation()), r.count(), Long::sum);
        }
      }
    }
    List<KmsUsage.Row> rows = new ArrayList<>();
    counts.forEach((k, n) -> rows.add(new KmsUsage.Row(k.get(0), k.get(1), n)));
    return new KmsUsage(rows, cost, reporting);
  }
}
