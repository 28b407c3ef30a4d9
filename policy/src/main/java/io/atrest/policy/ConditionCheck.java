package io.atrest.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one condition key of a statement fared: the operator as written (with any {@code
 * ForAnyValue:}/{@code ForAllValues:} prefix and {@code IfExists} suffix), the key, the values the
 * policy expects, the values the request carried (empty when the key was absent) and the result.
 */
public record ConditionCheck(
    String operator,
    String key,
    List<String> expected,
    Optional<List<String>> actual,
    boolean satisfied) {

  public ConditionCheck {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(key, "key");
    expected = List.copyOf(expected);
    actual = actual.map(List::copyOf);
  }

  /**
   * One line a security engineer can read: {@code StringEquals kms:ViaService: expected [..], got
   * [..] -> false}.
   */
  public String describe() {
    String got = actual.map(Object::toString).orElse("(absent)");
    return operator
        + " "
        + key
        + ": expected "
        + expected
        + ", request has "
        + got
        + (satisfied ? " (satisfied)" : " (not satisfied)");
  }
}
