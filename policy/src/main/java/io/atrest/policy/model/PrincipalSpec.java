package io.atrest.policy.model;

import io.atrest.policy.SourceLocation;
import io.atrest.policy.model.PrincipalRef.PrincipalType;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value of a {@code Principal} or {@code NotPrincipal} element: {@code "*"} (one {@link
 * PrincipalRef.Anyone}) or a map of {@code AWS}/{@code Service}/{@code Federated}/{@code
 * CanonicalUser} to one or more values. The entries are alternatives (OR) [IAM-PRINC].
 */
public record PrincipalSpec(List<PrincipalRef> entries, SourceLocation location) {

  private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
  private static final Pattern IAM_ARN =
      Pattern.compile("arn:aws:iam::(\\d{12}):(root|user/[^*?]+|role/(?:[^*?]*/)?([^/*?]+))");
  private static final Pattern STS_ARN =
      Pattern.compile(
          "arn:aws:sts::(\\d{12}):(assumed-role/[^/*?]+/[^/*?]+|federated-user/[^*?]+)");

  public PrincipalSpec {
    entries = List.copyOf(entries);
    Objects.requireNonNull(location, "location");
  }

  /**
   * Classifies one value found under {@code type} in a principal map ({@link PrincipalType#ANYONE}
   * for the bare {@code "*"}). Values with partial wildcards are {@link PrincipalRef.Unrecognized}:
   * IAM does not treat principals as patterns [IAM-PRINC].
   */
  public static PrincipalRef classify(PrincipalType type, String text, SourceLocation location) {
    if (text.equals("*") && (type == PrincipalType.AWS || type == PrincipalType.ANYONE)) {
      return new PrincipalRef.Anyone(type, location);
    }
    return switch (type) {
      case AWS -> aws(text, location);
      case SERVICE -> new PrincipalRef.Service(text, location);
      default -> new PrincipalRef.Unrecognized(type, text, location);
    };
  }

  private static PrincipalRef aws(String text, SourceLocation location) {
    if (ACCOUNT_ID.matcher(text).matches()) {
      return new PrincipalRef.Account(text, text, location);
    }
    Matcher iam = IAM_ARN.matcher(text);
    if (iam.matches()) {
      String account = iam.group(1);
      String rest = iam.group(2);
      if (rest.equals("root")) {
        return new PrincipalRef.Account(account, text, location);
      }
      return rest.startsWith("user/")
          ? new PrincipalRef.User(account, text, location)
          : new PrincipalRef.Role(account, iam.group(3), text, location);
    }
    Matcher sts = STS_ARN.matcher(text);
    if (sts.matches()) {
      return new PrincipalRef.Session(sts.group(1), text, location);
    }
    return new PrincipalRef.Unrecognized(PrincipalType.AWS, text, location);
  }
}
