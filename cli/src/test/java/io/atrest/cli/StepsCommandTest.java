package io.atrest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.features.doc.StepVocabulary;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class StepsCommandTest {

  @Test
  void text_listsEveryStepWithItsDescriptionAndExample() {
    String out = run();
    assertThat(out).contains("When {duration} pass(es)").contains("e.g. When 7 days pass");
    assertThat(StepVocabulary.atrest().entries())
        .allSatisfy(e -> assertThat(out).contains(e.expression()));
  }

  @Test
  void markdown_isTheDocsStepsMdText() {
    assertThat(run("--format", "markdown")).isEqualTo(StepVocabulary.atrest().markdown());
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new StepsCommand());
    cli.setOut(new PrintWriter(out, true));
    assertThat(cli.execute(args)).isZero();
    return out.toString();
  }
}
