package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * One key under one operator of a {@code Condition} block: {@code "StringEquals":
 * {"kms:ViaService": [...]}} is one condition per key. A statement's conditions all must hold
 * (AND); the values of one condition are alternatives (OR, or NOR for negated operators)
 * [IAM-COND], [IAM-MULTI].
 *
 * @param key the condition key as written; keys are matched case-insensitively
 * @param values the policy values in document order, each read as the operator reads it
 * @param location where the key's value sits in the policy
 */
public record Condition(
    ConditionOperator operator, String key, List<ConditionValue> values, SourceLocation location) {

  public Condition {
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(key, "key");
    values = List.copyOf(values);
    Objects.requireNonNull(location, "location");
  }

  /** The policy values as written, for explanations (an unmodifiable list). */
  public List<String> valueTexts() {
    String[] texts = new String[values.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = values.get(i).text();
    }
    return List.of(texts);
  }
}
