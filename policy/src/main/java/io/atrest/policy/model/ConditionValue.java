package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.Objects;

/**
 * One policy value of a condition: its text as written (JSON booleans and numbers in their JSON
 * spelling) and the operand the operator compares with, read once when the policy is parsed.
 */
public record ConditionValue(String text, Operand operand, SourceLocation location) {

  public ConditionValue {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(operand, "operand");
    Objects.requireNonNull(location, "location");
  }

  /** Reads {@code text} as {@code operator} compares it. */
  public static ConditionValue of(
      String text, ConditionOperator operator, boolean variablesEnabled, SourceLocation location) {
    return new ConditionValue(text, Operand.read(text, operator, variablesEnabled), location);
  }
}
