package io.atrest.policy;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer to an authorization request, with its reasons. Reasons of kind {@link
 * Reason.Kind#ALLOWED_BY} or {@link Reason.Kind#DENIED_BY} determined the outcome; the others
 * explain what nearly applied.
 */
public record Decision(Outcome outcome, List<Reason> reasons) {

  public Decision {
    Objects.requireNonNull(outcome, "outcome");
    reasons = List.copyOf(reasons);
  }

  public boolean isAllowed() {
    return outcome == Outcome.ALLOW;
  }

  /** The reasons that decided the outcome: the matching denies, or the counted allows. */
  public List<Reason> determining() {
    Reason.Kind kind = outcome == Outcome.ALLOW ? Reason.Kind.ALLOWED_BY : Reason.Kind.DENIED_BY;
    return reasons.stream().filter(r -> r.kind() == kind).toList();
  }

  /** The whole explanation as text: the outcome on the first line, then one reason per line. */
  public String explain() {
    String head =
        switch (outcome) {
          case ALLOW -> "ALLOW";
          case EXPLICIT_DENY -> "EXPLICIT_DENY (an explicit Deny matched)";
          case IMPLICIT_DENY -> "IMPLICIT_DENY (no applicable statement allows the request)";
        };
    if (reasons.isEmpty()) {
      return head;
    }
    return head
        + reasons.stream()
            .map(r -> "\n  - " + r.describe().replace("\n", "\n  "))
            .collect(Collectors.joining());
  }
}
