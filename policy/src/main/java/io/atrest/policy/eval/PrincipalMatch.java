package io.atrest.policy.eval;

/**
 * How a statement's {@code Principal} covers the caller. The distinction matters to KMS: a key
 * policy that names the caller's account does not give the caller anything by itself, it lets the
 * account's IAM policies decide [KMS-KPO], [POLICY-SEMANTICS §1.2].
 */
public enum PrincipalMatch {
  /** The statement names the caller: its ARN, its role, its service, or {@code *}. */
  DIRECT,
  /** The statement names only the caller's account ({@code ACCOUNT} or {@code ...:root}). */
  ACCOUNT,
  /** The statement does not cover the caller. */
  NONE,
  /** The policy is an identity policy: its statements apply to the identity it is attached to. */
  IDENTITY
}
