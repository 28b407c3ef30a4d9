package io.atrest.reports.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/** The findings of validating one policy file; these become {@code policy-validation.sarif}. */
public record PolicyFindingsEvidence(String name, JsonNode raw, String file, List<Finding> findings)
    implements Evidence {

  public PolicyFindingsEvidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(file, "file");
    findings = List.copyOf(findings);
  }

  @Override
  public String kind() {
    return "policyFindings";
  }

  /** One finding, located by JSON pointer and 1-based line and column. */
  public record Finding(
      String severity, String code, String message, String pointer, int line, int column) {
    public Finding {
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(pointer, "pointer");
    }
  }
}
