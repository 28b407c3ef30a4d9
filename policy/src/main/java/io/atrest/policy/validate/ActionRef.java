package io.atrest.policy.validate;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An action of a policy split into service prefix and name ({@code kms} and {@code Get*}); the bare
 * {@code *} is every action of every service. Prefix and name are case-insensitive [IAM-ACTION].
 */
record ActionRef(String service, String name) {

  static final ActionRef ALL = new ActionRef("*", "*");

  boolean isAll() {
    return this.equals(ALL);
  }

  boolean isKms() {
    return service.equalsIgnoreCase("kms");
  }

  /** Parses {@code *} or {@code service:Name}; empty when the text has neither form. */
  static Optional<ActionRef> parse(String raw) {
    if (raw.equals("*")) {
      return Optional.of(ALL);
    }
    int colon = raw.indexOf(':');
    if (colon <= 0 || colon == raw.length() - 1) {
      return Optional.empty();
    }
    String service = raw.substring(0, colon);
    String name = raw.substring(colon + 1);
    boolean serviceOk = service.chars().allMatch(c -> isAsciiLetterOrDigit(c) || c == '-');
    boolean nameOk = name.chars().allMatch(c -> isAsciiLetterOrDigit(c) || c == '*' || c == '?');
    return serviceOk && nameOk ? Optional.of(new ActionRef(service, name)) : Optional.empty();
  }

  /** The KMS actions this reference covers: all for {@code *}, none for another service. */
  Set<String> kmsActions(KmsCatalog catalog) {
    if (isAll()) {
      return new TreeSet<>(catalog.actions());
    }
    return isKms() ? catalog.matching(name) : new TreeSet<>();
  }

  /**
   * The KMS actions a statement applies to: those its Action list covers, or for NotAction every
   * KMS action its NotAction list does not cover.
   */
  static Set<String> kmsActionsOf(StatementNode statement, KmsCatalog catalog) {
    boolean negated = !statement.has("Action") && statement.has("NotAction");
    Set<String> listed = new TreeSet<>();
    for (Located action : statement.strings(negated ? "NotAction" : "Action")) {
      parse(action.value()).ifPresent(ref -> listed.addAll(ref.kmsActions(catalog)));
    }
    if (!negated) {
      return listed;
    }
    Set<String> rest = new TreeSet<>(catalog.actions());
    rest.removeAll(listed);
    return rest;
  }

  private static boolean isAsciiLetterOrDigit(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
