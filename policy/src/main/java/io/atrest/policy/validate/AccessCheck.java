package io.atrest.policy.validate;

import io.atrest.policy.validate.OperatorName.SetOperator;
import io.atrest.policy.validate.StatementNode.PrincipalEntry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Security review of who gets what: Allow to everyone without a restricting condition, kms:* beyond
 * the account, Allow with NotPrincipal or NotAction, and a key policy that does not let its account
 * manage the key (POLICY-SEMANTICS sections 1.2, 1.4, 1.5).
 */
final class AccessCheck implements PolicyCheck {

  /** Keys that tie a wildcard principal to an account, organization, principal or service path. */
  private static final Set<String> RESTRICTING_KEYS =
      Set.of(
          "kms:calleraccount",
          "aws:principalaccount",
          "aws:principalarn",
          "aws:principalorgid",
          "kms:viaservice",
          "aws:sourceaccount");

  private static final Set<String> POSITIVE_MATCHES =
      Set.of("StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike");
  private static final Set<String> ACCOUNT_KEYS =
      Set.of("kms:calleraccount", "aws:principalaccount", "aws:sourceaccount");

  private final KmsCatalog catalog;

  AccessCheck(KmsCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    for (StatementNode s : policy.statements()) {
      if (!s.isAllow()) {
        continue;
      }
      if (s.has("NotAction")) {
        sink.add(
            FindingCode.ALLOW_WITH_NOT_ACTION,
            s.pointerOf("NotAction"),
            s.label()
                + " allows every action except those in `NotAction`, including actions"
                + " added to the service later: list the allowed actions instead");
      }
      if (policy.isKeyPolicy()) {
        notPrincipal(s, sink);
        publicAccess(s, sink);
        kmsAll(s, sink);
      }
    }
    if (policy.isKeyPolicy() && !policy.statements().isEmpty()) {
      delegation(policy, sink);
    }
  }

  private static void notPrincipal(StatementNode s, FindingSink sink) {
    if (s.has("NotPrincipal")) {
      sink.add(
          FindingCode.ALLOW_WITH_NOT_PRINCIPAL,
          s.pointerOf("NotPrincipal"),
          s.label()
              + " allows every principal except those in `NotPrincipal`, anonymous callers"
              + " included: use \"Principal\": \"*\" with an `ArnNotEquals` condition on"
              + " `aws:PrincipalArn` instead");
    }
  }

  private static void publicAccess(StatementNode s, FindingSink sink) {
    Optional<PrincipalEntry> everyone =
        s.principals("Principal").stream()
            .filter(
                p ->
                    (p.type().equals("*") || p.type().equals("AWS"))
                        && p.value().value().equals("*"))
            .findFirst();
    if (everyone.isPresent() && !restrictsCaller(s)) {
      sink.add(
          FindingCode.PUBLIC_ACCESS,
          everyone.get().value().pointer(),
          s.label()
              + " allows every AWS principal (`*`) with no condition on kms:CallerAccount,"
              + " aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID, kms:ViaService or"
              + " aws:SourceAccount: any account can use the key once its own IAM policies allow"
              + " it");
    }
  }

  /** Whether a positive, non-IfExists match on a restricting key with a real value is present. */
  private static boolean restrictsCaller(StatementNode s) {
    return s.conditions().stream()
        .anyMatch(
            c -> {
              Optional<OperatorName> op = OperatorName.parse(c.operator());
              return op.isPresent()
                  && op.get().setOperator() == SetOperator.NONE
                  && !op.get().ifExists()
                  && POSITIVE_MATCHES.contains(op.get().base())
                  && RESTRICTING_KEYS.contains(c.key().toLowerCase(Locale.ROOT))
                  && c.values().stream().anyMatch(v -> !v.text().replace("*", "").isEmpty());
            });
  }

  private void kmsAll(StatementNode s, FindingSink sink) {
    List<PrincipalEntry> beyond =
        s.principals("Principal").stream().filter(p -> account(p).isEmpty()).toList();
    if (beyond.isEmpty()) {
      return;
    }
    for (Located action : s.strings("Action")) {
      boolean all =
          ActionRef.parse(action.value())
              .map(ref -> ref.kmsActions(catalog).size() == catalog.actions().size())
              .orElse(false);
      if (all) {
        sink.add(
            FindingCode.KMS_ALL_BEYOND_ADMINS,
            action.pointer(),
            s.label()
                + " allows "
                + action.quoted()
                + " to "
                + describe(beyond)
                + ": every"
                + " permission on the key, including changing its policy and scheduling its"
                + " deletion; grant the specific actions they need");
      }
    }
  }

  private void delegation(PolicyView policy, FindingSink sink) {
    Set<String> accounts = new LinkedHashSet<>();
    for (StatementNode s : policy.statements()) {
      s.principals("Principal").forEach(p -> account(p).ifPresent(accounts::add));
      s.principals("Principal")
          .forEach(p -> accountOfArn(p.value().value()).ifPresent(accounts::add));
      s.conditions().stream()
          .filter(c -> ACCOUNT_KEYS.contains(c.key().toLowerCase(Locale.ROOT)))
          .flatMap(c -> c.values().stream())
          .map(ConditionEntry.Value::text)
          .filter(AccessCheck::isAccountId)
          .forEach(accounts::add);
      if (s.isAllow()
          && s.principals("Principal").stream().anyMatch(p -> account(p).isPresent())
          && ActionRef.kmsActionsOf(s, catalog).contains("PutKeyPolicy")) {
        return;
      }
    }
    String who =
        accounts.isEmpty()
            ? "the key's account"
            : "account "
                + Located.quote(accounts.iterator().next())
                + " (`arn:aws:iam::"
                + accounts.iterator().next()
                + ":root`)";
    sink.add(
        FindingCode.NO_ACCOUNT_DELEGATION,
        "/Statement",
        "no statement allows "
            + who
            + " to manage the key (kms:* or kms:PutKeyPolicy): IAM"
            + " policies cannot grant access to it, and it becomes unmanageable if the principals"
            + " it names are deleted");
  }

  /** The account a principal stands for as a whole: a bare account ID or an account root ARN. */
  static Optional<String> account(PrincipalEntry p) {
    if (!p.type().equals("AWS")) {
      return Optional.empty();
    }
    String value = p.value().value();
    if (isAccountId(value)) {
      return Optional.of(value);
    }
    String[] parts = value.split(":", 6);
    boolean rootArn =
        parts.length == 6
            && parts[0].equals("arn")
            && parts[2].equals("iam")
            && parts[3].isEmpty()
            && parts[5].equals("root");
    return rootArn ? accountOfArn(value) : Optional.empty();
  }

  private static Optional<String> accountOfArn(String arn) {
    String[] parts = arn.split(":", 6);
    return parts.length == 6 && parts[0].equals("arn") && isAccountId(parts[4])
        ? Optional.of(parts[4])
        : Optional.empty();
  }

  private static boolean isAccountId(String s) {
    return s.length() == 12 && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String describe(List<PrincipalEntry> principals) {
    return principals.stream()
        .map(p -> p.type().equals("*") ? "`*`" : p.type() + " " + p.value().quoted())
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }
}
