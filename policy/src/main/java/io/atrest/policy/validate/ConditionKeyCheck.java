package io.atrest.policy.validate;

import io.atrest.policy.validate.KmsCatalog.ConditionKeyInfo;
import io.atrest.policy.validate.OperatorName.SetOperator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks condition keys against the KMS catalog: keys that do not exist, keys that never appear in
 * requests for the statement's actions (POLICY-SEMANTICS section 3), and set operators used with
 * single-valued keys or in ways that match requests without the key (section 2.4).
 */
final class ConditionKeyCheck implements PolicyCheck {

  private final KmsCatalog catalog;

  ConditionKeyCheck(KmsCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    for (StatementNode statement : policy.statements()) {
      Set<String> actions = ActionRef.kmsActionsOf(statement, catalog);
      for (ConditionEntry entry : statement.conditions()) {
        Optional<OperatorName> operator = OperatorName.parse(entry.operator());
        Optional<ConditionKeyInfo> info = catalog.conditionKey(entry.key());
        if (info.isEmpty()) {
          unknownKmsKey(entry, sink);
        } else {
          applicability(info.get(), entry, actions, policy, sink);
        }
        operator.ifPresent(op -> setOperator(op, info, entry, statement, policy, sink));
      }
    }
  }

  private static void unknownKmsKey(ConditionEntry entry, FindingSink sink) {
    String lower = entry.key().toLowerCase(Locale.ROOT);
    if (!lower.startsWith("kms:")) {
      return;
    }
    String hint =
        lower.equals("kms:encryptioncontextsubset") || lower.equals("kms:encryptioncontextequals")
            ? ": EncryptionContextSubset and EncryptionContextEquals are grant constraints; in a"
                + " policy use `kms:EncryptionContext:<key>` and `kms:EncryptionContextKeys`"
            : ": requests never carry it";
    sink.add(
        FindingCode.UNKNOWN_CONDITION_KEY,
        entry.keyPointer(),
        Located.quote(entry.key()) + " is not a KMS condition key" + hint);
  }

  private static void applicability(
      ConditionKeyInfo info,
      ConditionEntry entry,
      Set<String> actions,
      PolicyView policy,
      FindingSink sink) {
    if (info.identityPoliciesOnly() && policy.isKeyPolicy()) {
      sink.add(
          FindingCode.CONDITION_KEY_NOT_APPLICABLE,
          entry.keyPointer(),
          Located.quote(entry.key())
              + " works only in IAM policies: in a key policy it is never present");
      return;
    }
    if (info.actions().isEmpty() || actions.isEmpty()) {
      return;
    }
    boolean applies = actions.stream().anyMatch(info.actions().get()::contains);
    if (!applies) {
      sink.add(
          FindingCode.CONDITION_KEY_NOT_APPLICABLE,
          entry.keyPointer(),
          Located.quote(entry.key())
              + " is never present in requests for "
              + list(actions)
              + ": it applies only to "
              + list(info.actions().get()));
    }
  }

  private static void setOperator(
      OperatorName op,
      Optional<ConditionKeyInfo> info,
      ConditionEntry entry,
      StatementNode statement,
      PolicyView policy,
      FindingSink sink) {
    if (op.setOperator() == SetOperator.NONE) {
      return;
    }
    boolean singleValued = info.isPresent() && !info.get().multiValued();
    boolean forAll = op.setOperator() == SetOperator.FOR_ALL_VALUES;
    if (forAll && info.isPresent() && info.get().refusesForAllValues()) {
      Severity severity = policy.isKeyPolicy() ? Severity.ERROR : Severity.WARNING;
      String what =
          entry.key().toLowerCase(Locale.ROOT).startsWith("kms:") ? "encryption context" : "tag";
      sink.add(
          FindingCode.FORALLVALUES_ON_SINGLE_VALUED_KEY,
          severity,
          entry.keyPointer(),
          Located.quote(entry.operator())
              + " on single-valued "
              + Located.quote(entry.key())
              + ": KMS refuses it with OverlyPermissiveCondition: Using the ForAllValues set"
              + " operator with a single-valued condition key matches requests without the"
              + " specified "
              + what
              + " or with an"
              + " unspecified "
              + what
              + ". To fix, remove ForAllValues.");
    } else if (singleValued) {
      sink.add(
          FindingCode.SET_OPERATOR_ON_SINGLE_VALUED_KEY,
          entry.keyPointer(),
          Located.quote(entry.operator())
              + " is a set operator but "
              + Located.quote(entry.key())
              + " is single-valued:"
              + " use `"
              + op.base()
              + (op.ifExists() ? "IfExists" : "")
              + "` without the prefix");
    } else if (forAll && statement.isAllow() && !requiresPresence(statement, entry.key())) {
      sink.add(
          FindingCode.FORALLVALUES_ALLOW_MAY_BE_EMPTY,
          entry.keyPointer(),
          Located.quote(entry.operator())
              + " is true when "
              + Located.quote(entry.key())
              + " is absent or empty, so this"
              + " Allow also applies to requests without it: add \"Null\": {\""
              + entry.key()
              + "\": \"false\"} to "
              + statement.label());
    }
  }

  /** Whether the statement also has {@code Null: {key: false}}, which requires the key. */
  private static boolean requiresPresence(StatementNode statement, String key) {
    return statement.conditions().stream()
        .filter(c -> c.operator().equals("Null") && c.key().equalsIgnoreCase(key))
        .anyMatch(
            c ->
                !c.values().isEmpty()
                    && c.values().stream().allMatch(v -> v.text().equalsIgnoreCase("false")));
  }

  private static String list(Set<String> actions) {
    String shown = actions.stream().limit(8).map(a -> "kms:" + a).collect(Collectors.joining(", "));
    return actions.size() > 8 ? shown + " and " + (actions.size() - 8) + " more" : shown;
  }
}
