package io.atrest.features.doc;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The step vocabulary of a set of step classes, read by reflection from their Cucumber annotations
 * and {@link StepDoc}s. A step method without a {@code @StepDoc} is an error, so that no step
 * reaches users undocumented.
 */
public final class StepVocabulary {

  private final List<StepEntry> entries;

  private StepVocabulary(List<StepEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * The vocabulary of the atrest step library: every step class under {@code
   * io.atrest.features.steps}.
   */
  public static StepVocabulary atrest() {
    return of(StepClasses.scan(StepVocabulary.class.getClassLoader(), StepClasses.STEPS_PACKAGE));
  }

  /**
   * The vocabulary of {@code classes}, ordered by domain, then Given/When/Then, then expression.
   */
  public static StepVocabulary of(Collection<Class<?>> classes) {
    List<StepEntry> entries = new ArrayList<>();
    for (Class<?> type : classes) {
      for (Method method : type.getDeclaredMethods()) {
        step(type, method).ifPresent(entries::add);
      }
    }
    entries.sort(
        Comparator.comparing(StepEntry::domain)
            .thenComparing(e -> List.of("Given", "When", "Then").indexOf(e.keyword()))
            .thenComparing(StepEntry::expression));
    return new StepVocabulary(entries);
  }

  public List<StepEntry> entries() {
    return entries;
  }

  /** Plain text for a terminal: one block per step. */
  public String text() {
    return entries.stream()
        .map(
            e ->
                e.keyword()
                    + " "
                    + e.expression()
                    + "\n    "
                    + e.description()
                    + "\n    e.g. "
                    + e.example()
                    + "\n")
        .collect(Collectors.joining("\n"));
  }

  /** The Markdown of {@code docs/steps.md}: one table per domain. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# atrest step vocabulary\n\n")
        .append("Generated from the step definitions (their Cucumber expressions and `@StepDoc`")
        .append(" annotations); do not edit by hand. Regenerate with")
        .append(" `./atrest steps --format markdown > docs/steps.md`, or with")
        .append(" `mvn -B -q -pl features test -Dtest=StepsDocTest -Datrest.steps.write=true`.\n");
    String domain = null;
    for (StepEntry e : entries) {
      if (!e.domain().equals(domain)) {
        domain = e.domain();
        md.append("\n## ")
            .append(domain)
            .append("\n\n")
            .append("| step | what it does | example |\n|---|---|---|\n");
      }
      md.append("| `")
          .append(cell(e.keyword() + " " + e.expression()))
          .append("` | ")
          .append(cell(e.description()))
          .append(" | `")
          .append(cell(e.example()))
          .append("` |\n");
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static Optional<StepEntry> step(Class<?> type, Method method) {
    for (Annotation a : method.getAnnotations()) {
      Optional<String[]> keywordAndExpression = keywordAndExpression(a);
      if (keywordAndExpression.isPresent()) {
        String[] ke = keywordAndExpression.get();
        StepDoc doc = method.getAnnotation(StepDoc.class);
        if (doc == null) {
          throw new IllegalStateException(
              "step method "
                  + type.getSimpleName()
                  + "."
                  + method.getName()
                  + " (`"
                  + ke[1]
                  + "`) has no @StepDoc");
        }
        return Optional.of(
            new StepEntry(ke[0], ke[1], doc.description(), doc.example(), domain(type)));
      }
    }
    return Optional.empty();
  }

  private static Optional<String[]> keywordAndExpression(Annotation a) {
    if (a instanceof Given g) {
      return Optional.of(new String[] {"Given", g.value()});
    }
    if (a instanceof When w) {
      return Optional.of(new String[] {"When", w.value()});
    }
    if (a instanceof Then t) {
      return Optional.of(new String[] {"Then", t.value()});
    }
    return Optional.empty();
  }

  private static String domain(Class<?> type) {
    String name = type.getSimpleName();
    return name.endsWith("Steps") ? name.substring(0, name.length() - "Steps".length()) : name;
  }

  @Override
  public String toString() {
    return "StepVocabulary"
        + Arrays.toString(entries.stream().map(StepEntry::expression).toArray());
  }
}
