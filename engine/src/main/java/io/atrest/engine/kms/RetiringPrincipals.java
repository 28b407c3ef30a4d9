package io.atrest.engine.kms;

import io.atrest.engine.kms.error.InvalidArnException;
import io.atrest.policy.Decision;
import io.atrest.policy.Outcome;
import io.atrest.policy.Reason;
import io.atrest.policy.eval.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code RetiringPrincipal} member of ListRetirableGrants: the model's constraints
 * (PrincipalIdType: 1 to 256 characters of {@code ^[\w+=,.@:/-]+$}), then the ARN of an AWS
 * principal ("Valid principals include Amazon Web Services accounts, IAM users, IAM roles,
 * federated users, and assumed role users"), then a principal of the caller's own account.
 */
final class RetiringPrincipals {

  static final int MAX_LENGTH = 256;
  private static final String PATTERN_TEXT = "^[\\w+=,.@:/-]+$";
  private static final Pattern PATTERN = Pattern.compile("[\\w+=,.@:/-]+");

  private RetiringPrincipals() {}

  /** The model violations of {@code value}, worded as KMS words them; empty when it fits. */
  static List<String> memberErrors(String value) {
    String prefix = "Value '" + value + "' at 'retiringPrincipal' failed to satisfy constraint: ";
    List<String> errors = new ArrayList<>();
    if (value.isEmpty()) {
      errors.add(prefix + "Member must have length greater than or equal to 1");
    }
    if (value.length() > MAX_LENGTH) {
      errors.add(prefix + "Member must have length less than or equal to " + MAX_LENGTH);
    }
    if (!value.isEmpty() && !PATTERN.matcher(value).matches()) {
      errors.add(prefix + "Member must satisfy regular expression pattern: " + PATTERN_TEXT);
    }
    return errors;
  }

  /**
   * The principal {@code value} names; InvalidArnException ("a specified ARN was not valid", a
   * documented error of the operation) for anything that is not a principal ARN, service principal
   * names included: the member takes "the Amazon Resource Name (ARN) of an AWS principal". The
   * engine's IAM has no federated users, so their ARNs are refused too.
   */
  static Principal parse(String value) {
    Principal principal;
    try {
      principal = Principal.parse(value);
    } catch (IllegalArgumentException e) {
      throw notAnArn(value);
    }
    if (principal.account().isEmpty()) {
      throw notAnArn(value);
    }
    return principal;
  }

  /**
   * Refuses a retiring principal of another account with AccessDeniedException. The caller's
   * account authorizes the call on the principal's ARN, and an account's IAM policies cannot grant
   * access to another account's resource.
   */
  static void requireOwnAccount(KmsCall call, Principal retiring, String callerAccount) {
    Optional<String> account = retiring.account();
    if (account.isPresent() && account.get().equals(callerAccount)) {
      return;
    }
    Decision decision =
        new Decision(
            Outcome.IMPLICIT_DENY,
            List.of(
                Reason.note(
                    "iam",
                    "the retiring principal `"
                        + retiring.arn()
                        + "` is not in the caller's account "
                        + callerAccount
                        + "; ListRetirableGrants takes a principal of the caller's account")));
    call.decision(decision);
    throw AccessControl.denied(
        call.caller.principal(),
        KmsOperation.ListRetirableGrants.action(),
        retiring.arn(),
        decision,
        false);
  }

  private static InvalidArnException notAnArn(String value) {
    return new InvalidArnException(
        "retiring principal `"
            + value
            + "` is not the ARN of an AWS principal (an account root, IAM user, IAM role or"
            + " assumed-role session)");
  }
}
