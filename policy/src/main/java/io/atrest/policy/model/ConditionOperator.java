package io.atrest.policy.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition operator as written, such as {@code ForAllValues:StringNotEqualsIfExists}, split into
 * its set qualifier, its base operator and its {@code IfExists} suffix [IAM-OPS], [IAM-MULTI]. An
 * operator the policy language does not define keeps its text and has no base; a statement using it
 * never applies (the evaluator reports why instead of failing).
 *
 * @param text the operator exactly as written in the policy
 */
public record ConditionOperator(
    String text, SetQualifier qualifier, Optional<BaseOperator> base, boolean ifExists) {

  private static final String IF_EXISTS = "IfExists";

  /** The {@code ForAnyValue:}/{@code ForAllValues:} prefix of an operator, if any. */
  public enum SetQualifier {
    NONE(""),
    FOR_ANY_VALUE("ForAnyValue:"),
    FOR_ALL_VALUES("ForAllValues:");

    private final String prefix;

    SetQualifier(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public ConditionOperator {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(base, "base");
    if (ifExists && base.filter(b -> b == BaseOperator.NULL).isPresent()) {
      throw new IllegalArgumentException("operator `" + text + "`: Null has no IfExists form");
    }
  }

  /**
   * Reads an operator name. Names are matched exactly as AWS documents them (case-sensitive):
   * {@code stringequals} is not an operator. {@code NullIfExists} does not exist [IAM-OPS].
   */
  public static ConditionOperator parse(String text) {
    SetQualifier qualifier = SetQualifier.NONE;
    String rest = text;
    for (SetQualifier q : SetQualifier.values()) {
      if (q != SetQualifier.NONE && rest.startsWith(q.prefix())) {
        qualifier = q;
        rest = rest.substring(q.prefix().length());
      }
    }
    Optional<BaseOperator> base = BaseOperator.fromName(rest);
    if (base.isPresent()) {
      return new ConditionOperator(text, qualifier, base, false);
    }
    if (rest.endsWith(IF_EXISTS)) {
      Optional<BaseOperator> withoutSuffix =
          BaseOperator.fromName(rest.substring(0, rest.length() - IF_EXISTS.length()))
              .filter(b -> b != BaseOperator.NULL);
      if (withoutSuffix.isPresent()) {
        return new ConditionOperator(text, qualifier, withoutSuffix, true);
      }
    }
    return new ConditionOperator(text, qualifier, Optional.empty(), false);
  }

  /** Whether the policy language defines this operator. */
  public boolean known() {
    return base.isPresent();
  }
}
