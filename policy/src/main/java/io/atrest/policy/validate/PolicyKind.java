package io.atrest.policy.validate;

/** Which kind of policy a document is, which decides the rules about principals and resources. */
public enum PolicyKind {
  /** A KMS key policy: a resource policy, every statement names a principal. */
  KEY_POLICY,
  /** An IAM identity policy: attached to a user or role, no statement names a principal. */
  IDENTITY_POLICY,
  /**
   * Decide from the document: a policy with {@code Principal} or {@code NotPrincipal} in any
   * statement is a key (resource) policy, any other is an identity policy.
   */
  AUTO
}
