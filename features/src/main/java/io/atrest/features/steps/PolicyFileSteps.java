package io.atrest.features.steps;

import io.atrest.features.doc.StepDoc;
import io.atrest.features.world.PolicyFiles;
import io.atrest.policy.validate.Finding;
import io.atrest.policy.validate.Severity;
import io.atrest.policy.validate.ValidationResult;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Policy files checked as {@code atrest validate} checks them: findings by level, code and pointer.
 */
public final class PolicyFileSteps {

  private final PolicyFiles files;

  public PolicyFileSteps(PolicyFiles files) {
    this.files = files;
  }

  @Given("the policy file {string}")
  @StepDoc(
      description =
          "A policy file from the fixtures (a path under io/atrest/fixtures/), to be validated.",
      example = "Given the policy file \"policies/aws-managed-dynamodb.json\"")
  public void fixture(String fixture) {
    files.addFixture(fixture);
  }

  @Given("the policy file {string} containing:")
  @StepDoc(
      description = "A policy file whose content is the doc string, to be validated.",
      example = "Given the policy file \"key-policy.json\" containing: \"\"\"{...}\"\"\"")
  public void inline(String name, String text) {
    files.add(name, text);
  }

  @Then("the policy file {string} has no finding at level {word}")
  @StepDoc(
      description =
          "Validating the file yields no finding at or above the level: error, security, warning or suggestion (as --fail-on).",
      example =
          "Then the policy file \"policies/cloudformation-dynamodb.json\" has no finding at level error")
  public void noFinding(String name, String level) {
    ValidationResult result = files.result(name);
    Severity threshold = Severity.fromFailOn(level);
    List<Finding> reaching =
        result.findings().stream().filter(f -> f.severity().reaches(threshold)).toList();
    if (!reaching.isEmpty()) {
      throw new AssertionError(
          "expected no finding at level " + level + " in " + name + ", found:\n" + list(reaching));
    }
  }

  @Then("the policy file {string} has finding {word} at {string}")
  @StepDoc(
      description = "Validating the file yields a finding with this code at this JSON pointer.",
      example = "Then the policy file \"bad.json\" has finding INVALID_JSON at \"\"")
  public void finding(String name, String code, String pointer) {
    ValidationResult result = files.result(name);
    boolean found =
        result.findings().stream()
            .anyMatch(f -> f.code().name().equals(code) && f.pointer().equals(pointer));
    if (!found) {
      throw new AssertionError(
          "expected finding "
              + code
              + " at \""
              + pointer
              + "\" in "
              + name
              + ", found:\n"
              + (result.findings().isEmpty() ? "no findings" : list(result.findings())));
    }
  }

  private static String list(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                "- "
                    + f.severity()
                    + " "
                    + f.code()
                    + " at \""
                    + f.pointer()
                    + "\" (line "
                    + f.line()
                    + ", column "
                    + f.column()
                    + "): "
                    + f.message())
        .collect(Collectors.joining("\n"));
  }
}
