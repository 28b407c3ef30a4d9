package io.atrest.policy.validate;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A condition operator name split into its parts: an optional set operator ({@code ForAllValues:}
 * or {@code ForAnyValue:}), the base operator, and the {@code IfExists} suffix [IAM-OPS].
 */
record OperatorName(SetOperator setOperator, String base, Family family, boolean ifExists) {

  enum SetOperator {
    NONE,
    FOR_ALL_VALUES,
    FOR_ANY_VALUE
  }

  /** Operator families, which decide the value type and whether policy variables are allowed. */
  enum Family {
    STRING(true),
    NUMERIC(false),
    DATE(false),
    BOOL(true),
    BINARY(false),
    IP(false),
    ARN(true),
    NULL(false);

    private final boolean variablesAllowed;

    Family(boolean variablesAllowed) {
      this.variablesAllowed = variablesAllowed;
    }

    /** Strings, ARNs and Bool accept policy variables; the others compare literal values. */
    boolean variablesAllowed() {
      return variablesAllowed;
    }
  }

  private static final List<String> STRING =
      List.of(
          "StringEquals",
          "StringNotEquals",
          "StringEqualsIgnoreCase",
          "StringNotEqualsIgnoreCase",
          "StringLike",
          "StringNotLike");
  private static final List<String> NUMERIC =
      List.of(
          "NumericEquals",
          "NumericNotEquals",
          "NumericLessThan",
          "NumericLessThanEquals",
          "NumericGreaterThan",
          "NumericGreaterThanEquals");
  private static final List<String> DATE =
      List.of(
          "DateEquals",
          "DateNotEquals",
          "DateLessThan",
          "DateLessThanEquals",
          "DateGreaterThan",
          "DateGreaterThanEquals");
  private static final List<String> ARN =
      List.of("ArnEquals", "ArnLike", "ArnNotEquals", "ArnNotLike");
  private static final List<String> IP = List.of("IpAddress", "NotIpAddress");

  private static final String FOR_ALL = "ForAllValues:";
  private static final String FOR_ANY = "ForAnyValue:";
  private static final String IF_EXISTS = "IfExists";

  /** Parses an operator name exactly as IAM spells it; empty when it is not an IAM operator. */
  static Optional<OperatorName> parse(String name) {
    SetOperator set = SetOperator.NONE;
    String rest = name;
    if (rest.startsWith(FOR_ALL)) {
      set = SetOperator.FOR_ALL_VALUES;
      rest = rest.substring(FOR_ALL.length());
    } else if (rest.startsWith(FOR_ANY)) {
      set = SetOperator.FOR_ANY_VALUE;
      rest = rest.substring(FOR_ANY.length());
    }
    boolean ifExists = rest.endsWith(IF_EXISTS) && rest.length() > IF_EXISTS.length();
    String base = ifExists ? rest.substring(0, rest.length() - IF_EXISTS.length()) : rest;
    Optional<Family> family = familyOf(base);
    // There is no NullIfExists: Null itself tests presence [IAM-OPS].
    if (family.isEmpty() || (family.get() == Family.NULL && ifExists)) {
      return Optional.empty();
    }
    return Optional.of(new OperatorName(set, base, family.get(), ifExists));
  }

  /** The spelling IAM uses for a name that differs only in letter case, if there is one. */
  static Optional<String> properCase(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"", FOR_ALL, FOR_ANY}) {
      for (List<String> family :
          List.of(STRING, NUMERIC, DATE, ARN, IP, List.of("Bool", "BinaryEquals", "Null"))) {
        for (String base : family) {
          for (String suffix : new String[] {"", IF_EXISTS}) {
            String candidate = prefix + base + suffix;
            if (candidate.toLowerCase(Locale.ROOT).equals(lower) && parse(candidate).isPresent()) {
              return Optional.of(candidate);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  boolean isNegated() {
    return base.contains("Not");
  }

  private static Optional<Family> familyOf(String base) {
    if (STRING.contains(base)) {
      return Optional.of(Family.STRING);
    } else if (NUMERIC.contains(base)) {
      return Optional.of(Family.NUMERIC);
    } else if (DATE.contains(base)) {
      return Optional.of(Family.DATE);
    } else if (ARN.contains(base)) {
      return Optional.of(Family.ARN);
    } else if (IP.contains(base)) {
      return Optional.of(Family.IP);
    }
    return switch (base) {
      case "Bool" -> Optional.of(Family.BOOL);
      case "BinaryEquals" -> Optional.of(Family.BINARY);
      case "Null" -> Optional.of(Family.NULL);
      default -> Optional.empty();
    };
  }
}
