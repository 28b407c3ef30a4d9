package io.atrest.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.ValidationResult;
import java.util.List;

/** Findings in the JSON shape of ARCHITECTURE.md: {@code {"files":[{"file","findings":[...]}]}}. */
final class FindingsJson {
  private FindingsJson() {}

  static String render(List<ValidationResult> results) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    ArrayNode files = root.putArray("files");
    for (ValidationResult result : results) {
      ObjectNode file = files.addObject();
      file.put("file", result.fileName());
      ArrayNode findings = file.putArray("findings");
      for (Finding f : result.findings()) {
        findings
            .addObject()
            .put("severity", f.severity().name())
            .put("code", f.code().name())
            .put("message", f.message())
            .put("pointer", f.pointer())
            .put("line", f.line())
            .put("column", f.column());
      }
    }
    return Json.pretty(root);
  }
}
