package io.atrest.features.world;

import io.atrest.fixtures.Fixtures;
import io.atrest.policy.validate.PolicyKind;
import io.atrest.policy.validate.PolicyValidator;
import io.atrest.policy.validate.ValidationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Policy files a scenario checks the way {@code atrest validate} does: by name, from a fixture or a
 * doc string; each is validated once, and its findings are added to the scenario's evidence.
 */
public final class PolicyFiles {

  private final Evidence evidence;
  private final PolicyValidator validator = new PolicyValidator();
  private final Map<String, String> texts = new LinkedHashMap<>();
  private final Map<String, ValidationResult> results = new LinkedHashMap<>();

  public PolicyFiles(Evidence evidence) {
    this.evidence = evidence;
  }

  public void add(String name, String text) {
    texts.put(name, text);
    results.remove(name);
  }

  public void addFixture(String fixture) {
    add(fixture, Fixtures.text(fixture));
  }

  /**
   * The validation of a file the scenario named.
   *
   * @throws IllegalStateException naming the file when the scenario never gave it
   */
  public ValidationResult result(String name) {
    return results.computeIfAbsent(
        name,
        n -> {
          String text = texts.get(n);
          if (text == null) {
            throw new IllegalStateException(
                "the scenario has no policy file \"" + n + "\" (known: " + texts.keySet() + ")");
          }
          ValidationResult result = validator.validate(n, text, PolicyKind.AUTO);
          evidence.policyFindings(result);
          return result;
        });
  }
}
