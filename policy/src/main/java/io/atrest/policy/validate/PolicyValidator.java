package io.atrest.policy.validate;

import io.atrest.policy.SourceLocation;
import io.atrest.policy.parse.LocatedJson;
import io.atrest.policy.parse.PolicyParseException;
import java.util.List;
import java.util.Objects;

/**
 * Validates a policy file into located findings: the JSON Schema of the policy grammar first, then
 * the semantic checks (KMS actions, principals, condition operators and keys, access review).
 * Thread-safe; holds no per-call state.
 *
 * <p>Never throws for any input text: text that is not JSON is an {@link FindingCode#INVALID_JSON}
 * finding at the line and column where reading stopped, and a document that is not a policy is an
 * {@link Severity#ERROR} finding.
 */
public final class PolicyValidator {

  private final List<PolicyCheck> checks;

  public PolicyValidator() {
    KmsCatalog catalog = KmsCatalog.instance();
    this.checks =
        List.of(
            new SchemaCheck(),
            new ElementCheck(),
            new ActionCheck(catalog),
            new PrincipalCheck(),
            new ConditionValueCheck(),
            new ConditionKeyCheck(catalog),
            new AccessCheck(catalog));
  }

  /**
   * Validates one policy.
   *
   * @param fileName the file's name, carried into the result for reports
   * @param text the file's content
   * @param kind the kind to validate as, or {@link PolicyKind#AUTO} to decide from the content
   */
  public ValidationResult validate(String fileName, String text, PolicyKind kind) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    LocatedJson json;
    try {
      json = LocatedJson.read(text);
    } catch (PolicyParseException e) {
      return invalidJson(fileName, kind, e.getMessage(), e.location());
    }
    PolicyView policy = PolicyView.of(json, kind, text);
    FindingSink sink = new FindingSink(json);
    for (PolicyCheck check : checks) {
      check.check(policy, sink);
    }
    return new ValidationResult(fileName, policy.kind(), sink.findings());
  }

  private static ValidationResult invalidJson(
      String fileName, PolicyKind kind, String message, SourceLocation at) {
    // The AUTO rule applied to a document that cannot be read: no Principal was seen.
    PolicyKind resolved = kind == PolicyKind.AUTO ? PolicyKind.IDENTITY_POLICY : kind;
    Finding invalid = new Finding(Severity.ERROR, FindingCode.INVALID_JSON, message, at);
    return new ValidationResult(fileName, resolved, List.of(invalid));
  }
}
