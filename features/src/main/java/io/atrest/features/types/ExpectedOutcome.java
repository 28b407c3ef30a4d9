package io.atrest.features.types;

import java.util.Objects;

/**
 * What a scenario expects of a call, as a table cell or step phrase says it: {@code succeeds},
 * {@code is allowed}, {@code is denied}, {@code is explicitly denied}, {@code is implicitly
 * denied}, {@code fails with ERROR_CODE}, or {@code is rejected} (any error).
 */
public sealed interface ExpectedOutcome {

  /** The regular expression of the {@code {outcome}} parameter type (no capture groups). */
  String REGEX =
      "succeeds|is allowed|is denied|is explicitly denied|is implicitly denied|fails with [A-Za-z]+|is rejected";

  /** The call succeeds (authorization and everything after it). */
  record Succeeds() implements ExpectedOutcome {}

  /** Which denials a {@link Denied} expectation accepts. */
  enum Denial {
    ANY,
    EXPLICIT,
    IMPLICIT
  }

  /** The call is refused with AccessDeniedException, of the given kind. */
  record Denied(Denial denial) implements ExpectedOutcome {
    public Denied {
      Objects.requireNonNull(denial, "denial");
    }
  }

  /** The call fails, whatever the error. */
  record Rejected() implements ExpectedOutcome {}

  /** The call fails with the AWS error code. */
  record FailsWith(String errorCode) implements ExpectedOutcome {
    public FailsWith {
      Objects.requireNonNull(errorCode, "errorCode");
    }
  }

  /** Parses one phrase matched by {@link #REGEX}. */
  static ExpectedOutcome parse(String phrase) {
    return switch (phrase) {
      case "succeeds", "is allowed" -> new Succeeds();
      case "is denied" -> new Denied(Denial.ANY);
      case "is explicitly denied" -> new Denied(Denial.EXPLICIT);
      case "is implicitly denied" -> new Denied(Denial.IMPLICIT);
      case "is rejected" -> new Rejected();
      default -> {
        if (!phrase.startsWith("fails with ")) {
          throw new IllegalArgumentException(
              "outcome `"
                  + phrase
                  + "` is none of: succeeds, is allowed, is denied, is explicitly"
                  + " denied, fails with ERROR_CODE");
        }
        yield new FailsWith(phrase.substring("fails with ".length()));
      }
    };
  }
}
