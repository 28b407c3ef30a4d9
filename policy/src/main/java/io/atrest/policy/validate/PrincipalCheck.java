package io.atrest.policy.validate;

import java.util.Optional;

/** Checks each value of Principal and NotPrincipal against the forms AWS accepts. */
final class PrincipalCheck implements PolicyCheck {

  @Override
  public void check(PolicyView policy, FindingSink sink) {
    for (StatementNode statement : policy.statements()) {
      for (String element : new String[] {"Principal", "NotPrincipal"}) {
        for (StatementNode.PrincipalEntry entry : statement.principals(element)) {
          problem(entry)
              .ifPresent(
                  why ->
                      sink.add(
                          FindingCode.MALFORMED_PRINCIPAL,
                          entry.value().pointer(),
                          entry.type()
                              + " principal "
                              + entry.value().quoted()
                              + " is invalid: "
                              + why));
        }
      }
    }
  }

  private static Optional<String> problem(StatementNode.PrincipalEntry entry) {
    String value = entry.value().value();
    return switch (entry.type()) {
      case "AWS" -> PrincipalSyntax.aws(value);
      case "Service" -> PrincipalSyntax.service(value);
      case "Federated" -> PrincipalSyntax.federated(value);
      case "CanonicalUser" -> PrincipalSyntax.canonicalUser(value);
      // The bare string form and unknown types are the schema's to report.
      default -> Optional.empty();
    };
  }
}
