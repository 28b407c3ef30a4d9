package io.atrest.policy.eval;

import io.atrest.policy.ConditionCheck;
import io.atrest.policy.model.ArnPattern;
import io.atrest.policy.model.BaseOperator;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.ConditionOperator;
import io.atrest.policy.model.ConditionOperator.SetQualifier;
import io.atrest.policy.model.ConditionValue;
import io.atrest.policy.model.Glob;
import io.atrest.policy.model.Operand;
import io.atrest.policy.model.Template;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates one condition (one operator, one key) against a request [IAM-COND], [IAM-OPS],
 * [IAM-MULTI]:
 *
 * <ul>
 *   <li>several policy values are alternatives (OR); under a negated operator the request value
 *       must match none of them (NOR);
 *   <li>a missing key makes a plain operator false and a negated one true; {@code IfExists} makes
 *       any operator true on a missing key; {@code Null} tests presence itself;
 *   <li>{@code ForAllValues:} holds when every request value passes (so on a missing or empty key),
 *       {@code ForAnyValue:} when at least one does (so never on a missing or empty key); a negated
 *       base operator is applied per request value, then ALL or ANY;
 *   <li>an unknown operator, or a value the operator cannot read, never holds.
 * </ul>
 *
 * A multivalued key under an operator without a set qualifier is a misuse the docs warn about
 * [IAM-SVMV]; it is evaluated value by value: a positive operator holds when some request value
 * matches, a negated one when no request value matches (so an empty list counts as missing). A
 * {@code Bool} value is compared ignoring case, as a boolean rather than as text.
 */
final class ConditionEvaluator {

  private ConditionEvaluator() {}

  static ConditionCheck check(Condition condition, ConditionKeys keys) {
    Optional<ContextValue> actual = keys.get(condition.key());
    boolean satisfied = holds(condition, actual, keys);
    return new ConditionCheck(
        condition.operator().text(),
        condition.key(),
        condition.valueTexts(),
        actual.map(ContextValue::values),
        satisfied);
  }

  static boolean holds(Condition condition, Optional<ContextValue> actual, ConditionKeys keys) {
    ConditionOperator operator = condition.operator();
    if (operator.base().isEmpty()) {
      return false;
    }
    BaseOperator base = operator.base().get();
    if (base == BaseOperator.NULL) {
      return nullHolds(condition, actual.isPresent());
    }
    List<String> values = actual.map(ContextValue::values).orElse(List.of());
    boolean missing = actual.isEmpty() || values.isEmpty();
    SetQualifier qualifier = operator.qualifier();
    if (missing) {
      // An empty list is no value at all: ForAllValues holds vacuously [IAM-MULTI].
      return switch (qualifier) {
        case FOR_ALL_VALUES -> true;
        case FOR_ANY_VALUE -> actual.isEmpty() && operator.ifExists();
        case NONE -> operator.ifExists() || base.negated();
      };
    }
    if (qualifier == SetQualifier.FOR_ALL_VALUES) {
      for (String value : values) {
        if (!passes(condition, base, value, keys)) {
          return false;
        }
      }
      return true;
    }
    if (qualifier == SetQualifier.FOR_ANY_VALUE || !base.negated()) {
      for (String value : values) {
        if (passes(condition, base, value, keys)) {
          return true;
        }
      }
      return false;
    }
    // A negated operator without a set qualifier: no request value may match any policy value.
    for (String value : values) {
      if (!passes(condition, base, value, keys)) {
        return false;
      }
    }
    return true;
  }

  /** Whether one request value passes: matches some policy value, or none under negation. */
  private static boolean passes(
      Condition condition, BaseOperator base, String value, ConditionKeys keys) {
    boolean any = false;
    for (ConditionValue policyValue : condition.values()) {
      if (matches(policyValue.operand(), base, value, keys)) {
        any = true;
        break;
      }
    }
    return base.negated() != any;
  }

  private static boolean nullHolds(Condition condition, boolean present) {
    for (ConditionValue value : condition.values()) {
      if (value.operand() instanceof Operand.Presence p && p.absent() != present) {
        return true;
      }
    }
    return false;
  }

  /** Whether the request value equals / matches / compares with one policy value (un-negated). */
  static boolean matches(Operand operand, BaseOperator base, String value, ConditionKeys keys) {
    if (operand instanceof Operand.Text t) {
      Optional<String> expected = text(t.template(), keys);
      if (expected.isEmpty()) {
        return false;
      }
      return base.family() == BaseOperator.Family.STRING
          ? expected.get().equals(value)
          : expected.get().equalsIgnoreCase(value);
    }
    if (operand instanceof Operand.Like l) {
      Optional<Glob> glob = l.compiled().or(() -> resolvedGlob(l.template(), keys));
      return glob.isPresent() && glob.get().matches(value);
    }
    if (operand instanceof Operand.Arn a) {
      Optional<ArnPattern> arn = a.compiled().or(() -> resolvedArn(a.template(), keys));
      return arn.isPresent() && arn.get().matches(value);
    }
    if (operand instanceof Operand.Number n) {
      return Operand.Number.parse(value)
          .filter(v -> compares(v.compareTo(n.value()), base.comparison()))
          .isPresent();
    }
    if (operand instanceof Operand.Date d) {
      Optional<Instant> at = Operand.Date.parse(value);
      return at.isPresent() && compares(at.get().compareTo(d.value()), base.comparison());
    }
    if (operand instanceof Operand.Binary b) {
      return Operand.Binary.parse(value).filter(b.hex()::equals).isPresent();
    }
    if (operand instanceof Operand.Cidr c) {
      return c.range().contains(value);
    }
    return false;
  }

  private static boolean compares(int order, BaseOperator.Comparison comparison) {
    return switch (comparison) {
      case EQUAL -> order == 0;
      case LESS -> order < 0;
      case LESS_OR_EQUAL -> order <= 0;
      case GREATER -> order > 0;
      case GREATER_OR_EQUAL -> order >= 0;
    };
  }

  private static Optional<String> text(Template template, ConditionKeys keys) {
    return template.hasVariables()
        ? template.resolve(keys).map(Template.Resolved::text)
        : Optional.of(template.text());
  }

  private static Optional<Glob> resolvedGlob(Template template, ConditionKeys keys) {
    return template.resolve(keys).map(r -> Glob.withLiterals(r.text(), r.literal(), false));
  }

  private static Optional<ArnPattern> resolvedArn(Template template, ConditionKeys keys) {
    return template.resolve(keys).map(r -> ArnPattern.withLiterals(r.text(), r.literal()));
  }
}
