package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource pattern: {@code *} (in a key policy, the key itself [KMS-KPO]) or an ARN pattern
 * matched part by part ({@link ArnPattern}). Policy variables may appear only in the resource part,
 * after the fifth colon [IAM-VARS]; a pattern without variables is compiled once, here.
 *
 * @param template the text with its variables, the first five parts always literal
 * @param compiled the pattern when {@code template} has no variables; otherwise each request
 *     resolves the template first
 */
public record ResourcePattern(
    String text, Template template, Optional<ArnPattern> compiled, SourceLocation location) {

  public ResourcePattern {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(compiled, "compiled");
    Objects.requireNonNull(location, "location");
    if (compiled.isPresent() == template.hasVariables()) {
      throw new IllegalArgumentException(
          "resource `" + text + "`: a compiled pattern exactly when the template has no variables");
    }
  }

  /**
   * Reads {@code text}, recognising variables in its resource part when {@code variablesEnabled}.
   */
  public static ResourcePattern of(String text, boolean variablesEnabled, SourceLocation location) {
    int resourcePart = afterFifthColon(text);
    Template template;
    if (resourcePart < 0 || !variablesEnabled) {
      template = Template.parse(text, false);
    } else {
      Template tail = Template.parse(text.substring(resourcePart), true);
      List<Template.Part> parts = new ArrayList<>();
      parts.add(new Template.Literal(text.substring(0, resourcePart)));
      parts.addAll(tail.parts());
      template = tail.hasVariables() ? new Template(text, parts) : Template.parse(text, false);
    }
    Optional<ArnPattern> compiled =
        template.hasVariables() ? Optional.empty() : Optional.of(ArnPattern.of(text));
    return new ResourcePattern(text, template, compiled, location);
  }

  private static int afterFifthColon(String text) {
    int at = -1;
    for (int i = 0; i < 5; i++) {
      at = text.indexOf(':', at + 1);
      if (at < 0) {
        return -1;
      }
    }
    return at + 1;
  }
}
