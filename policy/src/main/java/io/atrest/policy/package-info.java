/**
 * The policy engine's API: {@link io.atrest.policy.PolicyEvaluator} evaluates a request against one
 * IAM-style JSON policy and {@link io.atrest.policy.KeyPolicyAuthorizer} combines key policy,
 * identity policies and grants with the KMS rules; both return a {@link io.atrest.policy.Decision}
 * with its reasons (the statements and conditions that decided it), as Cedar's evaluator does.
 */
@NullMarked
package io.atrest.policy;

import org.jspecify.annotations.NullMarked;
