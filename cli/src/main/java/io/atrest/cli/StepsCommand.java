package io.atrest.cli;

import io.atrest.features.doc.StepVocabulary;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atrest steps}: the step vocabulary, generated from the step definitions themselves (their
 * Cucumber expressions and {@code @StepDoc} annotations), so it cannot drift from the code.
 */
// picocli sets the option fields and the spec before call() or run().
@SuppressWarnings("NullAway.Init")
@Command(
    name = "steps",
    mixinStandardHelpOptions = true,
    description = {
      "Prints every step of the atrest step library: its expression, what it does and an example.",
      "--format markdown prints docs/steps.md."
    })
final class StepsCommand implements Callable<Integer> {

  enum Format {
    text,
    markdown
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    StepVocabulary vocabulary = StepVocabulary.atrest();
    spec.commandLine()
        .getOut()
        .print(format == Format.markdown ? vocabulary.markdown() : vocabulary.text());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
