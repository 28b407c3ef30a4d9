package io.atrest.features.types;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A principal as a feature file names it, before it is resolved against the scenario's accounts:
 * {@code user "alice"}, {@code role "db-team" of account "444455556666"}, {@code session "s1" of
 * role "Admin"}, {@code the account root}, {@code the root of account "444455556666"}, {@code
 * service "dynamodb.amazonaws.com"}, or a quoted ARN.
 *
 * @param kind what sort of principal
 * @param name the user, role or session name, or the service principal or ARN
 * @param role the role of a session, empty otherwise
 * @param account the account named in the phrase; empty means the scenario's home account
 */
public record PrincipalRef(
    Kind kind, String name, Optional<String> role, Optional<String> account) {

  /** The sorts of principal a phrase can name. */
  public enum Kind {
    USER,
    ROLE,
    SESSION,
    ROOT,
    SERVICE,
    ARN
  }

  /** The regular expression of the {@code {principal}} parameter type (no capture groups). */
  public static final String REGEX =
      "(?:user|role) \"[^\"]+\"(?: of account \"\\d{12}\")?"
          + "|session \"[^\"]+\" of role \"[^\"]+\"(?: of account \"\\d{12}\")?"
          + "|the account root|the root of account \"\\d{12}\""
          + "|service \"[a-z0-9.-]+\"|principal \"arn:[^\"]+\"";

  private static final Pattern PHRASE =
      Pattern.compile(
          "(user|role) \"([^\"]+)\"(?: of account \"(\\d{12})\")?"
              + "|session \"([^\"]+)\" of role \"([^\"]+)\"(?: of account \"(\\d{12})\")?"
              + "|the account root|the root of account \"(\\d{12})\""
              + "|service \"([a-z0-9.-]+)\"|principal \"(arn:[^\"]+)\"");

  public PrincipalRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(account, "account");
  }

  /** The root of the scenario's home account, who sets up keys unless a step says otherwise. */
  public static PrincipalRef accountRoot() {
    return new PrincipalRef(Kind.ROOT, "root", Optional.empty(), Optional.empty());
  }

  /**
   * Parses one phrase matched by {@link #REGEX}.
   *
   * @throws IllegalArgumentException naming the phrase and the accepted forms
   */
  public static PrincipalRef parse(String phrase) {
    Matcher m = PHRASE.matcher(phrase);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "principal `"
              + phrase
              + "` is none of: user \"NAME\", role \"NAME\", session \"NAME\" of"
              + " role \"ROLE\" (each optionally followed by of account \"ID\"), the account root,"
              + " the root of account \"ID\", service \"HOST\", principal \"ARN\"");
    }
    if (m.group(1) != null) {
      Kind kind = m.group(1).equals("user") ? Kind.USER : Kind.ROLE;
      return new PrincipalRef(kind, m.group(2), Optional.empty(), Optional.ofNullable(m.group(3)));
    }
    if (m.group(4) != null) {
      return new PrincipalRef(
          Kind.SESSION, m.group(4), Optional.of(m.group(5)), Optional.ofNullable(m.group(6)));
    }
    if (m.group(8) != null) {
      return new PrincipalRef(Kind.SERVICE, m.group(8), Optional.empty(), Optional.empty());
    }
    if (m.group(9) != null) {
      return new PrincipalRef(Kind.ARN, m.group(9), Optional.empty(), Optional.empty());
    }
    return new PrincipalRef(Kind.ROOT, "root", Optional.empty(), Optional.ofNullable(m.group(7)));
  }
}
