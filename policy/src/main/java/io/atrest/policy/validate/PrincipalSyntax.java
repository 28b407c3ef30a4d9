package io.atrest.policy.validate;

import java.util.Optional;

/**
 * The principal forms AWS accepts in a resource policy [IAM-PRINC]; each method returns why a value
 * is not one of them, or empty when it is. KMS answers MalformedPolicyDocumentException ("Policy
 * contains a statement with one or more invalid principals") for the rejected forms.
 */
final class PrincipalSyntax {

  private PrincipalSyntax() {}

  /** An {@code AWS} principal: {@code *}, an account ID, or an IAM/STS principal ARN. */
  static Optional<String> aws(String value) {
    if (value.equals("*")) {
      return Optional.empty();
    }
    if (value.indexOf('*') >= 0 || value.indexOf('?') >= 0) {
      return Optional.of(
          "a principal cannot contain wildcards except as the whole value `*`;"
              + " to match a pattern use `*` with an `ArnLike` condition on `aws:PrincipalArn`");
    }
    if (!value.isEmpty() && value.chars().allMatch(PrincipalSyntax::isDigit)) {
      return value.length() == 12
          ? Optional.empty()
          : Optional.of("an account ID has 12 digits, this one has " + value.length());
    }
    if (value.startsWith("arn:")) {
      return arn(value);
    }
    if (value.matches("A(IDA|ROA)[A-Z0-9]{12,}")) {
      return Optional.of(
          "this is the unique ID of an IAM user or role, which is how a policy shows"
              + " a principal that was deleted; name an existing principal by its ARN");
    }
    return Optional.of(
        "expected `*`, a 12-digit account ID, or an IAM user, role, role session,"
            + " federated user or account root ARN");
  }

  private static Optional<String> arn(String value) {
    String[] parts = value.split(":", 6);
    if (parts.length < 6) {
      return Optional.of(
          "an ARN has six colon-separated parts: arn:partition:service:region:account:resource");
    }
    String partition = parts[1];
    String service = parts[2];
    if (!partition.equals("aws") && !partition.matches("aws(-[a-z]+)+")) {
      return Optional.of(Located.quote(partition) + " is not an AWS partition");
    }
    if (!service.equals("iam") && !service.equals("sts")) {
      return Optional.of(
          "principals are IAM or STS ARNs, this one is of service " + Located.quote(service) + "");
    }
    if (!parts[3].isEmpty()) {
      return Optional.of(
          "IAM and STS ARNs have no region, this one names " + Located.quote(parts[3]) + "");
    }
    if (parts[4].length() != 12 || !parts[4].chars().allMatch(PrincipalSyntax::isDigit)) {
      return Optional.of(
          "the account part " + Located.quote(parts[4]) + " is not a 12-digit account ID");
    }
    return service.equals("iam") ? iamResource(parts[5]) : stsResource(parts[5]);
  }

  private static Optional<String> iamResource(String resource) {
    if (resource.equals("root")) {
      return Optional.empty();
    }
    if (resource.startsWith("group/")) {
      return Optional.of(
          "IAM groups cannot be principals; name the users or roles, or the account");
    }
    for (String type : new String[] {"user/", "role/"}) {
      if (resource.startsWith(type)) {
        return pathAndName(resource.substring(type.length()), type.substring(0, type.length() - 1));
      }
    }
    return Optional.of(
        Located.quote(resource)
            + " is not a principal: IAM principal ARNs end in `root`,"
            + " `user/NAME` or `role/NAME`");
  }

  private static Optional<String> stsResource(String resource) {
    if (resource.startsWith("assumed-role/")) {
      String[] rest = resource.substring("assumed-role/".length()).split("/", -1);
      return rest.length == 2 && isName(rest[0]) && isName(rest[1])
          ? Optional.empty()
          : Optional.of(
              "a role session ARN is `assumed-role/ROLE/SESSION` with both names present");
    }
    if (resource.startsWith("federated-user/")) {
      return isName(resource.substring("federated-user/".length()))
          ? Optional.empty()
          : Optional.of("a federated user ARN is `federated-user/NAME`");
    }
    return Optional.of(
        Located.quote(resource)
            + " is not a principal: STS principal ARNs are"
            + " `assumed-role/ROLE/SESSION` or `federated-user/NAME`");
  }

  /** IAM names allow letters, digits and {@code +=,.@_-}; paths add slashes between them. */
  private static Optional<String> pathAndName(String pathAndName, String type) {
    String[] segments = pathAndName.split("/", -1);
    for (String segment : segments) {
      if (!isName(segment)) {
        return Optional.of(
            Located.quote(pathAndName)
                + " is not a valid IAM "
                + type
                + " name (with optional path)");
      }
    }
    return Optional.empty();
  }

  private static boolean isName(String s) {
    return !s.isEmpty()
        && s.chars()
            .allMatch(c -> (c < 128 && Character.isLetterOrDigit(c)) || "+=,.@_-".indexOf(c) >= 0);
  }

  /** A {@code Service} principal: a service host name such as {@code dynamodb.amazonaws.com}. */
  static Optional<String> service(String value) {
    String lower = value.toLowerCase(java.util.Locale.ROOT);
    boolean suffix =
        lower.endsWith(".amazonaws.com")
            || lower.endsWith(".amazonaws.com.cn")
            || lower.endsWith(".amazon.com");
    return suffix && isHostName(lower)
        ? Optional.empty()
        : Optional.of(
            "a service principal is the service's host name, such as `dynamodb.amazonaws.com`");
  }

  /** A {@code Federated} principal: an identity provider host name or SAML/OIDC provider ARN. */
  static Optional<String> federated(String value) {
    if (value.matches("arn:aws(-[a-z]+)*:iam::\\d{12}:(saml-provider|oidc-provider)/.+")) {
      return Optional.empty();
    }
    return isHostName(value.toLowerCase(java.util.Locale.ROOT)) && value.contains(".")
        ? Optional.empty()
        : Optional.of(
            "a federated principal is an identity provider such as"
                + " `cognito-identity.amazonaws.com` or a SAML or OIDC provider ARN");
  }

  /** A {@code CanonicalUser} principal: the 64-hex-digit canonical user ID. */
  static Optional<String> canonicalUser(String value) {
    return value.matches("[0-9a-f]{64}")
        ? Optional.empty()
        : Optional.of("a canonical user ID is 64 lower-case hexadecimal digits");
  }

  private static boolean isHostName(String s) {
    if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
      return false;
    }
    return s.chars()
        .allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-');
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }
}
