package io.atrest.features.world;

import io.atrest.features.types.ExpectedOutcome;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a call's outcome against what a scenario expects, and on a mismatch fails with what was
 * expected, what happened, and the decision's reasons (statement, condition key, operator, values)
 * in the words of the policy language.
 */
public final class Verdicts {

  private Verdicts() {}

  /** Checks {@code result} against {@code expected}. */
  public static void check(CallResult result, ExpectedOutcome expected) {
    if (expected instanceof ExpectedOutcome.Denied d) {
      denied(result, d.denial());
    } else if (expected instanceof ExpectedOutcome.Rejected) {
      require(!result.succeeded(), "the call is rejected", result);
    } else if (expected instanceof ExpectedOutcome.FailsWith f) {
      failsWith(result, f.errorCode(), null);
    } else {
      require(result.succeeded(), "the call succeeds", result);
    }
  }

  /** The call succeeded and statement {@code sid} (a Sid or {@code Statement[i]}) allowed it. */
  public static void allowedBy(CallResult result, String sid) {
    require(result.succeeded(), "the call is allowed by statement \"" + sid + "\"", result);
    Decision decision =
        result
            .decision()
            .orElseThrow(
                () ->
                    failure(
                        "the call is allowed by statement \"" + sid + "\"",
                        result,
                        "the call carries no decision"));
    require(
        names(decision.determining()).contains(sid),
        "the call is allowed by statement \""
            + sid
            + "\" (allowed by "
            + names(decision.determining())
            + ")",
        result);
  }

  /** The call was refused because a Deny statement {@code sid} matched. */
  public static void explicitlyDeniedBy(CallResult result, String sid) {
    denied(result, ExpectedOutcome.Denial.EXPLICIT);
    List<String> denying = names(result.decision().orElseThrow().determining());
    require(
        denying.contains(sid),
        "the call is denied by statement \"" + sid + "\" (denied by " + denying + ")",
        result);
  }

  /**
   * The call failed with {@code errorCode}, and with {@code message} when not null; {@code <key
   * ARN>} in the message stands for the key's ARN.
   */
  public static void failsWith(CallResult result, String errorCode, @Nullable String message) {
    String expected = "the call fails with " + errorCode + (message == null ? "" : ": " + message);
    require(result.errorCode().filter(errorCode::equals).isPresent(), expected, result);
    if (message != null) {
      String want = message.replace("<key ARN>", result.keyArn().orElse("<key ARN>"));
      require(want.equals(result.error().orElseThrow().getMessage()), expected, result);
    }
  }

  private static void denied(CallResult result, ExpectedOutcome.Denial denial) {
    String expected =
        switch (denial) {
          case ANY -> "the call is denied (AccessDeniedException)";
          case EXPLICIT -> "the call is denied by an explicit Deny";
          case IMPLICIT -> "the call is denied because no statement allows it";
        };
    require(result.denied(), expected, result);
    Outcome outcome = result.decision().orElseThrow().outcome();
    require(
        denial == ExpectedOutcome.Denial.ANY
            || (denial == ExpectedOutcome.Denial.EXPLICIT) == (outcome == Outcome.EXPLICIT_DENY),
        expected,
        result);
  }

  private static List<String> names(List<Reason> reasons) {
    return reasons.stream().map(r -> r.statement().isEmpty() ? r.source() : r.statement()).toList();
  }

  private static void require(boolean holds, String expected, CallResult result) {
    if (!holds) {
      throw failure(expected, result, null);
    }
  }

  private static AssertionError failure(
      String expected, CallResult result, @Nullable String detail) {
    return new AssertionError(
        "expected: "
            + expected
            + "\ncalled: "
            + result.describe()
            + (detail == null ? "" : "\n" + detail));
  }
}
