package io.atrest.features.steps.table;

import io.atrest.features.doc.StepDoc;
import io.cucumber.java.en.Then;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of the scenario's last DynamoDB call: success, or the DynamoDB error and its message.
 */
public final class TableOutcomeSteps {

  private final TableCalls calls;
  private final ScenarioNames names;

  public TableOutcomeSteps(TableCalls calls, ScenarioNames names) {
    this.calls = calls;
    this.names = names;
  }

  @Then("the DynamoDB call succeeds")
  @StepDoc(
      description = "The last DynamoDB call succeeded.",
      example = "Then the DynamoDB call succeeds")
  public void succeeds() {
    TableCall call = calls.last();
    if (!call.succeeded()) {
      throw new AssertionError("expected: the DynamoDB call succeeds\ncalled: " + call.describe());
    }
  }

  @Then("the DynamoDB call fails with {word}")
  @StepDoc(
      description =
          "The last DynamoDB call failed with this AWS error code (the exception name on the wire).",
      example = "Then the DynamoDB call fails with AccessDeniedException")
  public void failsWith(String code) {
    check(code, null, false);
  }

  @Then("the DynamoDB call fails with {word}: {string}")
  @StepDoc(
      description =
          "The last DynamoDB call failed with this error code and exactly this message; placeholders such as <arn of key \"k\"> are filled in.",
      example =
          "Then the DynamoDB call fails with ValidationException: \"SSEType KMS is required if KMSMasterKeyId is specified\"")
  public void failsWithMessage(String code, String message) {
    check(code, message, false);
  }

  @Then("the DynamoDB call fails with {word} mentioning {string}")
  @StepDoc(
      description =
          "The last DynamoDB call failed with this error code and a message containing the text (DynamoDB wraps KMS errors, whose request ids vary).",
      example =
          "Then the DynamoDB call fails with AccessDeniedException mentioning \"KMS key access denied error\"")
  public void failsMentioning(String code, String text) {
    check(code, text, true);
  }

  @Then("the DynamoDB call made no KMS request")
  @StepDoc(
      description =
          "While the last DynamoDB call ran, DynamoDB made no KMS request (the trail gained no KMS record): a refused call never reaches the key.",
      example = "Then the DynamoDB call made no KMS request")
  public void noKmsRequest() {
    TableCall call = calls.last();
    if (!call.kmsEvents().isEmpty()) {
      throw new AssertionError(
          "expected the DynamoDB call to make no KMS request\ncalled: " + call.describe());
    }
  }

  private void check(String code, @Nullable String text, boolean partial) {
    TableCall call = calls.last();
    String message = text == null ? null : names.resolve(text);
    String expected =
        "the DynamoDB call fails with "
            + code
            + (message == null ? "" : (partial ? " mentioning " : ": ") + message);
    boolean codeOk = call.error().filter(e -> e.errorCode().equals(code)).isPresent();
    boolean messageOk =
        message == null
            || call.error()
                .map(e -> String.valueOf(e.getMessage()))
                .filter(m -> partial ? m.contains(message) : m.equals(message))
                .isPresent();
    if (!codeOk || !messageOk) {
      throw new AssertionError("expected: " + expected + "\ncalled: " + call.describe());
    }
  }
}
