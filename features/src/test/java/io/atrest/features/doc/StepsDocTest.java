package io.atrest.features.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/steps.md} is the generated step vocabulary. Run with {@code
 * -Datrest.steps.write=true} to regenerate it.
 */
class StepsDocTest {

  static final Path DOC = Path.of("..", "docs", "steps.md");

  static final String REGENERATE =
      "mvn -B -q -pl features -am install -DskipTests && mvn -B -q -pl features test"
          + " -Dtest=StepsDocTest -Datrest.steps.write=true";

  @Test
  void docsStepsMd_isTheVocabularyOfTheStepDefinitions() throws IOException {
    String generated = StepVocabulary.atrest().markdown();
    if (Boolean.getBoolean("atrest.steps.write")) {
      Files.createDirectories(DOC.getParent());
      Files.writeString(DOC, generated, StandardCharsets.UTF_8);
    }
    String written = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
    assertThat(written)
        .as(
            "docs/steps.md is out of date with the step definitions; regenerate it with: "
                + REGENERATE)
        .isEqualTo(generated);
  }
}
