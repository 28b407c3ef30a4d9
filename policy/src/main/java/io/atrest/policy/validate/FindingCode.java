package io.atrest.policy.validate;

import static io.atrest.policy.validate.Severity.ERROR;
import static io.atrest.policy.validate.Severity.SECURITY_WARNING;
import static io.atrest.policy.validate.Severity.SUGGESTION;
import static io.atrest.policy.validate.Severity.WARNING;

/**
 * The catalog of finding codes: each code's default severity, a short title and a help text. The
 * codes are a public contract (CI configurations and SARIF dashboards key on them): add codes,
 * never rename them. The CLI's SARIF output uses {@link #name()} as {@code ruleId}, {@link
 * #title()} as {@code shortDescription} and {@link #help()} as {@code fullDescription} and {@code
 * help}.
 *
 * <p>A finding normally carries its code's default severity; the few codes whose gravity depends on
 * the policy kind say so in their help text.
 */
public enum FindingCode {
  INVALID_JSON(
      ERROR,
      "Not valid JSON",
      "The file is not one JSON value. AWS rejects it with MalformedPolicyDocumentException. The"
          + " finding points at the line and column where reading stopped."),
  NOT_AN_OBJECT(
      ERROR, "Not a policy object", "A policy document is a JSON object with a Statement element."),
  MISSING_STATEMENT(
      ERROR,
      "No statements",
      "A policy needs a Statement element holding one statement object or a non-empty array of"
          + " them."),
  UNKNOWN_ELEMENT(
      ERROR,
      "Unknown element",
      "The policy grammar allows only Version, Id and Statement at the top level, and Sid, Effect,"
          + " Principal, NotPrincipal, Action, NotAction, Resource, NotResource and Condition in a"
          + " statement (names are case-sensitive). Principal maps only AWS, Service, Federated and"
          + " CanonicalUser."),
  INVALID_ELEMENT_TYPE(
      ERROR,
      "Element of the wrong type",
      "The element's JSON type is not one the policy grammar allows, for example a number where a"
          + " string or a list of strings is expected, or an empty list."),
  INVALID_VERSION(
      ERROR,
      "Unknown policy language version",
      "Version must be 2012-10-17 (current) or 2008-10-17 (legacy, no policy variables)."),
  MISSING_VERSION(
      SUGGESTION,
      "No Version",
      "Without Version the policy is read with the 2008-10-17 rules: policy variables are literal"
          + " text. Write \"Version\": \"2012-10-17\"."),
  MISSING_EFFECT(
      ERROR,
      "Statement without Effect",
      "Every statement needs \"Effect\": \"Allow\" or \"Deny\"."),
  INVALID_EFFECT(
      ERROR,
      "Effect is not Allow or Deny",
      "Effect accepts exactly Allow or Deny (case-sensitive)."),
  MISSING_ACTION(
      ERROR,
      "Statement without Action",
      "Every statement needs Action or NotAction with at least one action."),
  CONFLICTING_ELEMENTS(
      ERROR,
      "Element and its Not form together",
      "A statement may hold Action or NotAction, Principal or NotPrincipal, Resource or"
          + " NotResource, never both of a pair."),
  MISSING_PRINCIPAL(
      ERROR,
      "Key policy statement without Principal",
      "Every statement of a key policy (a resource policy) must name who it applies to with"
          + " Principal or NotPrincipal; KMS rejects the policy otherwise."),
  PRINCIPAL_IN_IDENTITY_POLICY(
      ERROR,
      "Principal in an identity policy",
      "An identity policy applies to the user or role it is attached to; IAM rejects Principal and"
          + " NotPrincipal in it."),
  MISSING_RESOURCE(
      ERROR,
      "Statement without Resource",
      "IAM rejects an identity policy statement without Resource or NotResource (ERROR). KMS"
          + " accepts a key policy statement without Resource, but the statement then has no effect"
          + " (WARNING); key policies use \"Resource\": \"*\" for the key itself."),
  INVALID_SID(
      ERROR,
      "Sid not alphanumeric",
      "In an identity policy, IAM requires each Sid to match [0-9A-Za-z]*. Key policies accept"
          + " other characters."),
  DUPLICATE_SID(
      ERROR,
      "Duplicate Sid",
      "Statement IDs must be unique within a policy: IAM rejects duplicates in identity policies"
          + " (ERROR). In a key policy a duplicate makes decisions that name a statement by its Sid"
          + " ambiguous (WARNING)."),
  DUPLICATE_KEY(
      ERROR,
      "Duplicate JSON member",
      "The same member name appears twice in one JSON object. Readers disagree on which value"
          + " counts (most keep the last one, a human reviewer reads the first), so the policy does"
          + " not mean one thing."),
  POLICY_TOO_LARGE(
      ERROR,
      "Key policy over 32 KB",
      "KMS rejects a key policy larger than 32 kilobytes (32768 bytes)."),
  MALFORMED_ACTION(
      ERROR,
      "Malformed action",
      "An action is \"*\" or service:ActionName, where the service prefix is lower-case letters,"
          + " digits and hyphens, and the name may use * and ? wildcards."),
  UNKNOWN_KMS_ACTION(
      ERROR,
      "Unknown KMS action",
      "The kms: action (or wildcard pattern) matches no KMS action in the Service Authorization"
          + " Reference, so the statement never applies to it. Note that ReEncrypt is authorized as"
          + " kms:ReEncryptFrom and kms:ReEncryptTo."),
  ACTION_OF_OTHER_SERVICE(
      WARNING,
      "Action of another service in a key policy",
      "A key policy only controls KMS actions on its key; an action of another service has no"
          + " effect there."),
  MALFORMED_PRINCIPAL(
      ERROR,
      "Malformed principal",
      "KMS rejects principals that are not \"*\", a 12-digit account ID, or an IAM user, role, role"
          + " session, federated user or account root ARN: no partial wildcards"
          + " (arn:aws:iam::*:role/x), no IAM groups, no unique IDs of deleted principals"
          + " (MalformedPolicyDocumentException: Policy contains a statement with one or more"
          + " invalid principals)."),
  UNKNOWN_CONDITION_OPERATOR(
      ERROR,
      "Unknown condition operator",
      "The condition operator is not one of the IAM operators (String*, Numeric*, Date*, Bool,"
          + " BinaryEquals, IpAddress, NotIpAddress, Arn*, Null), optionally prefixed by"
          + " ForAllValues: or ForAnyValue: and suffixed by IfExists (not on Null). Operator names"
          + " are case-sensitive."),
  INVALID_CONDITION_VALUE(
      ERROR,
      "Condition value of the wrong type",
      "The value does not fit its operator: Bool and Null take true or false, Numeric operators"
          + " numbers, Date operators ISO 8601 dates or epoch seconds, IpAddress CIDR blocks,"
          + " BinaryEquals base64. Policy variables are allowed only with String, Arn and Bool"
          + " operators."),
  UNKNOWN_CONDITION_KEY(
      WARNING,
      "Unknown KMS condition key",
      "The kms: condition key does not exist, so the request never has it: a positive operator"
          + " never matches and a negated one always does. kms:EncryptionContextSubset and"
          + " kms:EncryptionContextEquals are grant constraints, not condition keys."),
  CONDITION_KEY_NOT_APPLICABLE(
      WARNING,
      "Condition key not applicable to the statement's actions",
      "The condition key is never present in requests for any of the statement's actions (for"
          + " example kms:EncryptionContext:* on kms:DescribeKey, kms:GrantOperations on anything"
          + " but kms:CreateGrant), so an Allow never applies and a negated Deny always does."
          + " kms:ResourceAliases works only in IAM policies."),
  FORALLVALUES_ON_SINGLE_VALUED_KEY(
      ERROR,
      "ForAllValues with a single-valued key",
      "KMS rejects key policies that use ForAllValues with kms:EncryptionContext:<key> or"
          + " aws:RequestTag/<key> (OverlyPermissiveCondition). IAM accepts it in identity policies"
          + " (WARNING there), where it is still overly permissive."),
  SET_OPERATOR_ON_SINGLE_VALUED_KEY(
      WARNING,
      "Set operator with a single-valued key",
      "ForAnyValue and ForAllValues are meant for multivalued keys (kms:EncryptionContextKeys,"
          + " kms:GrantOperations, aws:TagKeys, ...). With a single-valued key they can be overly"
          + " permissive or overly restrictive."),
  FORALLVALUES_ALLOW_MAY_BE_EMPTY(
      WARNING,
      "ForAllValues in an Allow matches a missing key",
      "ForAllValues is true when the key is absent or empty, so the Allow applies to requests"
          + " without it (for example without any encryption context). Add Null {key: false} to the"
          + " same statement to require the key."),
  STRINGLIKE_WITHOUT_WILDCARD(
      SUGGESTION,
      "StringLike without a wildcard",
      "StringLike with a value that has no * or ? behaves as StringEquals; use StringEquals to say"
          + " so."),
  STRINGEQUALS_WITH_WILDCARD(
      WARNING,
      "StringEquals with a wildcard",
      "StringEquals compares exactly: the * or ? in the value is a literal character, not a"
          + " wildcard. Use StringLike for a pattern."),
  VARIABLE_WITHOUT_VERSION(
      WARNING,
      "Policy variable without Version 2012-10-17",
      "Policy variables such as ${aws:username} are replaced only when Version is 2012-10-17; under"
          + " 2008-10-17 or without Version they are literal text."),
  PUBLIC_ACCESS(
      SECURITY_WARNING,
      "Allow to every principal",
      "An Allow with Principal \"*\" (or {\"AWS\": \"*\"}) and no condition restricting the caller"
          + " (kms:CallerAccount, aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID,"
          + " kms:ViaService, aws:SourceAccount) opens the key to every AWS account."),
  KMS_ALL_BEYOND_ADMINS(
      SECURITY_WARNING,
      "kms:* to principals other than the account",
      "Allowing kms:* (or *) to anyone but the account root delegation gives them every permission"
          + " on the key, including changing its policy and scheduling its deletion. Grant the"
          + " specific actions they need."),
  ALLOW_WITH_NOT_PRINCIPAL(
      SECURITY_WARNING,
      "Allow with NotPrincipal",
      "Allow with NotPrincipal allows every principal except those listed, including anonymous"
          + " callers; AWS strongly discourages it. Use Principal \"*\" with an aws:PrincipalArn"
          + " condition instead."),
  ALLOW_WITH_NOT_ACTION(
      SECURITY_WARNING,
      "Allow with NotAction",
      "Allow with NotAction allows every action except those listed, including actions added to the"
          + " service later."),
  NO_ACCOUNT_DELEGATION(
      WARNING,
      "No statement for the account",
      "The key policy has no Allow for the account (arn:aws:iam::ACCOUNT:root or ACCOUNT) covering"
          + " kms:PutKeyPolicy. IAM policies then cannot grant access to the key, and if the"
          + " principals named in the policy are deleted the key becomes unmanageable.");

  private final Severity defaultSeverity;
  private final String title;
  private final String help;

  FindingCode(Severity defaultSeverity, String title, String help) {
    this.defaultSeverity = defaultSeverity;
    this.title = title;
    this.help = help;
  }

  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** A few words, for a rule list ({@code shortDescription} in SARIF). */
  public String title() {
    return title;
  }

  /** What the rule checks, why it matters and how to fix it ({@code help} in SARIF). */
  public String help() {
    return help;
  }
}
