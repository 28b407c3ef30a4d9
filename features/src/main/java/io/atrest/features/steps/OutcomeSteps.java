package io.atrest.features.steps;

import io.atrest.features.doc.StepDoc;
import io.atrest.features.types.ExpectedOutcome;
import io.atrest.features.world.LastCall;
import io.atrest.features.world.Verdicts;
import io.cucumber.java.en.Then;

/**
 * The outcome of the scenario's last KMS call: allowed, denied and why, or the error it failed
 * with.
 */
public final class OutcomeSteps {

  private final LastCall last;

  public OutcomeSteps(LastCall last) {
    this.last = last;
  }

  @Then("the request {outcome}")
  @StepDoc(
      description =
          "The last call succeeded, was denied (explicitly or implicitly), or failed with an AWS error code; handy in scenario outlines.",
      example = "Then the request fails with DisabledException")
  public void outcome(ExpectedOutcome expected) {
    Verdicts.check(last.get(), expected);
  }

  @Then("the request is allowed by statement {string}")
  @StepDoc(
      description =
          "The last call succeeded, and the named statement (Sid, or Statement[i]) of the key or identity policy is among those that allowed it.",
      example =
          "Then the request is allowed by statement \"Allow administrators to view the CMK and revoke grants\"")
  public void allowedBy(String statement) {
    Verdicts.allowedBy(last.get(), statement);
  }

  @Then("the request is denied because no statement allows it")
  @StepDoc(
      description =
          "The last call was refused with AccessDeniedException, no policy statement or grant allowing it (an implicit deny).",
      example = "Then the request is denied because no statement allows it")
  public void implicitlyDenied() {
    Verdicts.check(last.get(), new ExpectedOutcome.Denied(ExpectedOutcome.Denial.IMPLICIT));
  }

  @Then("the request is explicitly denied by statement {string}")
  @StepDoc(
      description =
          "The last call was refused with AccessDeniedException because the named Deny statement matched.",
      example = "Then the request is explicitly denied by statement \"DenyDecrypt\"")
  public void explicitlyDeniedBy(String statement) {
    Verdicts.explicitlyDeniedBy(last.get(), statement);
  }

  @Then("it fails with {word}")
  @StepDoc(
      description =
          "The last call failed with this AWS error code (the exception name on the wire).",
      example = "Then it fails with KMSInvalidStateException")
  public void failsWith(String errorCode) {
    Verdicts.failsWith(last.get(), errorCode, null);
  }

  @Then("it fails with {word}: {string}")
  @StepDoc(
      description =
          "The last call failed with this AWS error code and exactly this message; <key ARN> stands for the key's ARN.",
      example = "Then it fails with DisabledException: \"<key ARN> is disabled.\"")
  public void failsWithMessage(String errorCode, String message) {
    Verdicts.failsWith(last.get(), errorCode, message);
  }

  @Then("it succeeds")
  @StepDoc(description = "The last call succeeded.", example = "Then it succeeds")
  public void succeeds() {
    Verdicts.check(last.get(), new ExpectedOutcome.Succeeds());
  }
}
