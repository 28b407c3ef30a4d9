package io.atrest.reports.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.reports.model.RunVerdict;

/**
 * {@code verdict.json}: the run's exit status for whatever launched Cucumber, as {@code
 * {"exitCode":0|1|2,"outcome":"PASSED|FAILED|CONFIGURATION_ERROR","reasons":[...]}}.
 */
public final class VerdictWriter {

  private VerdictWriter() {}

  public static String render(RunVerdict verdict) {
    return Json.write(tree(verdict));
  }

  static ObjectNode tree(RunVerdict verdict) {
    ObjectNode node = JsonReportWriter.JSON.createObjectNode();
    node.put("exitCode", verdict.exitCode()).put("outcome", verdict.outcome());
    ArrayNode reasons = node.putArray("reasons");
    verdict.reasons().forEach(reasons::add);
    return node;
  }
}
