package io.atrest.policy.validate;

import io.atrest.policy.model.Glob;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Checks condition operators and their values: unknown operators, values of the wrong type for the
 * operator, policy variables where they are not allowed or not enabled, and wildcards that the
 * operator treats literally (StringEquals) or that are missing (StringLike).
 */
final class ConditionValueCheck implements PolicyCheck {

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    Set<String> reportedOperators = new HashSet<>();
    for (StatementNode statement : policy.statements()) {
      for (ConditionEntry entry : statement.conditions()) {
        Optional<OperatorName> operator = OperatorName.parse(entry.operator());
        if (operator.isEmpty()) {
          if (reportedOperators.add(entry.operatorPointer())) {
            unknownOperator(entry, sink);
          }
          continue;
        }
        for (ConditionEntry.Value value : entry.values()) {
          value(operator.get(), entry, value, policy, sink);
        }
      }
    }
  }

  private static void unknownOperator(ConditionEntry entry, FindingSink sink) {
    String name = entry.operator();
    String hint =
        OperatorName.properCase(name)
            .map(
                proper ->
                    ": operator names are case-sensitive, did you mean "
                        + Located.quote(proper)
                        + "?")
            .orElse(
                name.endsWith("IfExists") && name.contains("Null")
                    ? ": `Null` has no IfExists form, it tests presence itself"
                    : ": see the IAM condition operators (String*, Numeric*, Date*, Bool,"
                        + " BinaryEquals, IpAddress, NotIpAddress, Arn*, Null)");
    sink.add(
        FindingCode.UNKNOWN_CONDITION_OPERATOR,
        entry.operatorPointer(),
        Located.quote(name) + " is not a condition operator" + hint);
  }

  private static void value(
      OperatorName op,
      ConditionEntry entry,
      ConditionEntry.Value value,
      PolicyView policy,
      FindingSink sink) {
    String text = value.text();
    boolean variable = value.node().isTextual() && text.contains("${");
    if (variable && !op.family().variablesAllowed()) {
      sink.add(
          FindingCode.INVALID_CONDITION_VALUE,
          value.pointer(),
          Located.quote(text)
              + " uses a policy variable, which "
              + Located.quote(op.base())
              + " does not allow: only"
              + " String, Arn and Bool operators replace variables");
      return;
    }
    if (variable && !policy.variablesEnabled()) {
      sink.add(
          FindingCode.VARIABLE_WITHOUT_VERSION,
          value.pointer(),
          Located.quote(text)
              + " uses a policy variable, which is literal text unless Version is"
              + " `2012-10-17`");
    }
    if (!variable) {
      ValueSyntax.check(op.family(), value.node())
          .ifPresent(
              why ->
                  sink.add(
                      FindingCode.INVALID_CONDITION_VALUE,
                      value.pointer(),
                      Located.quote(text)
                          + " is not a valid value for "
                          + Located.quote(entry.operator())
                          + " on "
                          + Located.quote(entry.key())
                          + ": "
                          + why));
    }
    if (op.family() == OperatorName.Family.STRING) {
      wildcards(op, entry, value, sink);
    }
  }

  private static void wildcards(
      OperatorName op, ConditionEntry entry, ConditionEntry.Value value, FindingSink sink) {
    // ${...} is a variable or an escape such as ${*}: neither is a wildcard.
    boolean wildcard = Glob.of(value.text().replaceAll("\\$\\{[^}]*}", ""), false).hasWildcards();
    boolean like = op.base().endsWith("Like");
    if (like && !wildcard) {
      sink.add(
          FindingCode.STRINGLIKE_WITHOUT_WILDCARD,
          value.pointer(),
          Located.quote(value.text())
              + " has no wildcard, so "
              + Located.quote(entry.operator())
              + " compares it exactly:"
              + " use `"
              + op.base().replace("Like", "Equals")
              + "` to say so");
    } else if (!like && wildcard) {
      sink.add(
          FindingCode.STRINGEQUALS_WITH_WILDCARD,
          value.pointer(),
          Located.quote(entry.operator())
              + " treats the `*` or `?` in "
              + Located.quote(value.text())
              + " as a literal"
              + " character, not a wildcard: use `"
              + (op.isNegated() ? "StringNotLike" : "StringLike")
              + "` for a pattern");
    }
  }
}
