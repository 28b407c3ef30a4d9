package io.atrest.policy.validate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings for one policy file, sorted by location.
 *
 * @param fileName the name the caller gave the file, for reports
 * @param kind the kind the policy was validated as ({@link PolicyKind#AUTO} resolved)
 * @param findings every finding, in document order
 */
public record ValidationResult(String fileName, PolicyKind kind, List<Finding> findings) {

  public ValidationResult {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(kind, "kind");
    if (kind == PolicyKind.AUTO) {
      throw new IllegalArgumentException("a result names the resolved kind, not AUTO");
    }
    findings = findings.stream().sorted(Finding.BY_LOCATION).toList();
  }

  /** The gravest severity among the findings, empty when there are none. */
  public Optional<Severity> worst() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  /** Whether any finding is at least as grave as {@code threshold} (the {@code --fail-on} rule). */
  public boolean fails(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().reaches(threshold));
  }

  /** The findings with the given code, in document order. */
  public List<Finding> withCode(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }
}
