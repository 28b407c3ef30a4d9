package io.atrest.policy.eval;

import io.atrest.policy.model.BaseOperator;
import io.atrest.policy.model.Condition;
import io.atrest.policy.model.ConditionValue;
import io.atrest.policy.model.Operand;
import io.atrest.policy.model.PolicyDocument;
import io.atrest.policy.model.ResourcePattern;
import io.atrest.policy.model.ResourceSpec;
import io.atrest.policy.model.Statement;
import io.atrest.policy.model.Template;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a policy's decisions can change with the passage of time alone: a condition on a time key
 * ({@code aws:CurrentTime}, {@code aws:EpochTime}, {@code aws:TokenIssueTime}, {@code
 * aws:MultiFactorAuthAge}) or under a {@code Date} operator, or a policy variable naming a time key
 * in a condition value or a resource. A caller that remembers decisions must not remember those of
 * such a policy.
 */
public final class TimeDependence {

  /** The global condition keys whose values move with the clock [IAM-GKEYS], in lower case. */
  static final Set<String> TIME_KEYS =
      Set.of("aws:currenttime", "aws:epochtime", "aws:tokenissuetime", "aws:multifactorauthage");

  private TimeDependence() {}

  /**
   * {@code context} without its time keys: what a decision under policies none of which {@link #of
   * reads the time} depends on, since such policies never look the time keys up (they are not
   * derived keys, and a key is only ever read by its name). Two requests whose contexts differ only
   * in the time get, under such policies, the same decision with the same reasons.
   */
  public static RequestContext withoutTime(RequestContext context) {
    return context.withoutTime();
  }

  /** Whether any statement of {@code policy} reads the time, directly or through a variable. */
  public static boolean of(PolicyDocument policy) {
    for (Statement statement : policy.statements()) {
      if (readsTime(statement)) {
        return true;
      }
    }
    return false;
  }

  private static boolean readsTime(Statement statement) {
    for (Condition condition : statement.conditions()) {
      if (isTimeKey(condition.key()) || isDate(condition)) {
        return true;
      }
      for (ConditionValue value : condition.values()) {
        if (namesTime(template(value.operand()))) {
          return true;
        }
      }
    }
    return resourceNamesTime(statement.resource()) || resourceNamesTime(statement.notResource());
  }

  private static boolean isDate(Condition condition) {
    return condition
        .operator()
        .base()
        .filter(b -> b.family() == BaseOperator.Family.DATE)
        .isPresent();
  }

  private static Optional<Template> template(Operand operand) {
    if (operand instanceof Operand.Text t) {
      return Optional.of(t.template());
    }
    if (operand instanceof Operand.Like l) {
      return Optional.of(l.template());
    }
    if (operand instanceof Operand.Arn a) {
      return Optional.of(a.template());
    }
    return Optional.empty();
  }

  private static boolean resourceNamesTime(Optional<ResourceSpec> spec) {
    if (spec.isEmpty()) {
      return false;
    }
    for (ResourcePattern pattern : spec.get().patterns()) {
      if (namesTime(Optional.of(pattern.template()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean namesTime(Optional<Template> template) {
    if (template.isEmpty()) {
      return false;
    }
    for (Template.Part part : template.get().parts()) {
      if (part instanceof Template.Variable v && TIME_KEYS.contains(v.lowerCaseKey())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimeKey(String key) {
    return TIME_KEYS.contains(key.toLowerCase(Locale.ROOT));
  }
}
