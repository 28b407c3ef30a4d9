package io.atrest.policy;

/** The three outcomes of an authorization, as the IAM evaluation logic names them. */
public enum Outcome {
  /** An applicable statement allows the request and nothing denies it. */
  ALLOW,
  /** An applicable Deny statement matched; no Allow can override it. */
  EXPLICIT_DENY,
  /** No applicable statement allows the request (the default). */
  IMPLICIT_DENY
}
