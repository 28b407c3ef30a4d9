package io.atrest.features.doc;

import java.util.Objects;

/**
 * One step of the vocabulary.
 *
 * @param keyword {@code Given}, {@code When} or {@code Then}
 * @param expression the Cucumber expression the step matches
 * @param description what the step does
 * @param example a step line as written in a feature file
 * @param domain the step class's domain, such as {@code KeyLifecycle}
 */
public record StepEntry(
    String keyword, String expression, String description, String example, String domain) {

  public StepEntry {
    Objects.requireNonNull(keyword, "keyword");
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(domain, "domain");
    requireText("description", description, expression);
    requireText("example", example, expression);
  }

  private static void requireText(String field, String value, String expression) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(
          "step `" + expression + "` has no @StepDoc " + field + "; every step must document one");
    }
  }
}
