package io.atrest.features.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepVocabularyTest {

  static final class SampleSteps {
    @Given("a documented step")
    @StepDoc(description = "Does a thing.", example = "Given a documented step")
    public void documented() {}

    @Then("a checked step")
    @StepDoc(description = "Checks a thing.", example = "Then a checked step")
    public void checked() {}

    public void notAStep() {}
  }

  static final class UndocumentedSteps {
    @Given("an undocumented step")
    public void undocumented() {}
  }

  @Test
  void entries_comeFromTheAnnotations_inGivenWhenThenOrder() {
    List<StepEntry> entries = StepVocabulary.of(List.of(SampleSteps.class)).entries();
    assertThat(entries)
        .containsExactly(
            new StepEntry(
                "Given", "a documented step", "Does a thing.", "Given a documented step", "Sample"),
            new StepEntry(
                "Then", "a checked step", "Checks a thing.", "Then a checked step", "Sample"));
  }

  @Test
  void stepWithoutStepDoc_isRejectedNamingIt() {
    assertThatThrownBy(() -> StepVocabulary.of(List.of(UndocumentedSteps.class)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("UndocumentedSteps.undocumented")
        .hasMessageContaining("an undocumented step");
  }

  @Test
  void markdown_hasATablePerDomain_withPipesEscaped() {
    String md = StepVocabulary.of(List.of(SampleSteps.class)).markdown();
    assertThat(md).contains("## Sample").contains("| `Given a documented step` | Does a thing. |");
  }

  @Test
  void atrestLibrary_documentsEveryStep_andFindsEveryDomain() {
    List<StepEntry> entries = StepVocabulary.atrest().entries();
    assertThat(entries)
        .extracting(StepEntry::domain)
        .contains(
            "Audit",
            "Encryption",
            "Grant",
            "Identity",
            "KeyLifecycle",
            "KeyPolicy",
            "KeyState",
            "Outcome",
            "PolicyFile",
            "Rotation",
            "Time",
            "KeyUsage",
            "Signature",
            "Mac",
            "Listing");
  }
}
