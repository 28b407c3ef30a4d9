package io.atrest.policy.model;

import java.util.Optional;

/**
 * The condition operators of the policy language, without set qualifier or {@code IfExists}
 * [IAM-OPS]. {@code ArnEquals} and {@code ArnLike} behave identically, as do their negations.
 */
public enum BaseOperator {
  STRING_EQUALS("StringEquals", Family.STRING, Comparison.EQUAL, false),
  STRING_NOT_EQUALS("StringNotEquals", Family.STRING, Comparison.EQUAL, true),
  STRING_EQUALS_IGNORE_CASE(
      "StringEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQUAL, false),
  STRING_NOT_EQUALS_IGNORE_CASE(
      "StringNotEqualsIgnoreCase", Family.STRING_IGNORE_CASE, Comparison.EQUAL, true),
  STRING_LIKE("StringLike", Family.STRING_LIKE, Comparison.EQUAL, false),
  STRING_NOT_LIKE("StringNotLike", Family.STRING_LIKE, Comparison.EQUAL, true),
  NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Comparison.EQUAL, false),
  NUMERIC_NOT_EQUALS("NumericNotEquals", Family.NUMERIC, Comparison.EQUAL, true),
  NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Comparison.LESS, false),
  NUMERIC_LESS_THAN_EQUALS(
      "NumericLessThanEquals", Family.NUMERIC, Comparison.LESS_OR_EQUAL, false),
  NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Comparison.GREATER, false),
  NUMERIC_GREATER_THAN_EQUALS(
      "NumericGreaterThanEquals", Family.NUMERIC, Comparison.GREATER_OR_EQUAL, false),
  DATE_EQUALS("DateEquals", Family.DATE, Comparison.EQUAL, false),
  DATE_NOT_EQUALS("DateNotEquals", Family.DATE, Comparison.EQUAL, true),
  DATE_LESS_THAN("DateLessThan", Family.DATE, Comparison.LESS, false),
  DATE_LESS_THAN_EQUALS("DateLessThanEquals", Family.DATE, Comparison.LESS_OR_EQUAL, false),
  DATE_GREATER_THAN("DateGreaterThan", Family.DATE, Comparison.GREATER, false),
  DATE_GREATER_THAN_EQUALS(
      "DateGreaterThanEquals", Family.DATE, Comparison.GREATER_OR_EQUAL, false),
  BOOL("Bool", Family.BOOL, Comparison.EQUAL, false),
  BINARY_EQUALS("BinaryEquals", Family.BINARY, Comparison.EQUAL, false),
  IP_ADDRESS("IpAddress", Family.IP, Comparison.EQUAL, false),
  NOT_IP_ADDRESS("NotIpAddress", Family.IP, Comparison.EQUAL, true),
  ARN_EQUALS("ArnEquals", Family.ARN, Comparison.EQUAL, false),
  ARN_LIKE("ArnLike", Family.ARN, Comparison.EQUAL, false),
  ARN_NOT_EQUALS("ArnNotEquals", Family.ARN, Comparison.EQUAL, true),
  ARN_NOT_LIKE("ArnNotLike", Family.ARN, Comparison.EQUAL, true),
  NULL("Null", Family.NULL, Comparison.EQUAL, false);

  /** How the values of an operator are read and compared. */
  public enum Family {
    STRING,
    STRING_IGNORE_CASE,
    STRING_LIKE,
    NUMERIC,
    DATE,
    BOOL,
    BINARY,
    IP,
    ARN,
    NULL;

    /**
     * Whether values of this family may hold policy variables [IAM-VARS]. POLICY-SEMANTICS §2.3
     * leaves Bool open; the IAM condition-operator page says "You can use a policy variable with
     * the Boolean condition operator", so Bool accepts them.
     */
    public boolean acceptsVariables() {
      return this == STRING
          || this == STRING_IGNORE_CASE
          || this == STRING_LIKE
          || this == ARN
          || this == BOOL;
    }
  }

  /** The comparison of the request value (left) with the policy value (right). */
  public enum Comparison {
    EQUAL,
    LESS,
    LESS_OR_EQUAL,
    GREATER,
    GREATER_OR_EQUAL
  }

  private final String awsName;
  private final Family family;
  private final Comparison comparison;
  private final boolean negated;

  BaseOperator(String awsName, Family family, Comparison comparison, boolean negated) {
    this.awsName = awsName;
    this.family = family;
    this.comparison = comparison;
    this.negated = negated;
  }

  /** The name as AWS spells it, such as {@code StringNotLike}. */
  public String awsName() {
    return awsName;
  }

  public Family family() {
    return family;
  }

  public Comparison comparison() {
    return comparison;
  }

  /**
   * Whether the operator is a negation ({@code StringNotEquals}, {@code NotIpAddress}, ...): it
   * holds when the request value matches none of the policy values (NOR) and when the key is absent
   * [IAM-MULTI], [IAM-OPS].
   */
  public boolean negated() {
    return negated;
  }

  /** The operator named exactly {@code name}. */
  public static Optional<BaseOperator> fromName(String name) {
    for (BaseOperator op : values()) {
      if (op.awsName.equals(name)) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }
}
