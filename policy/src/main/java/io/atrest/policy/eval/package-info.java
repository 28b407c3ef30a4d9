/**
 * Evaluation of one request against policy statements: who asks for what on which resource with
 * which condition keys ({@link io.atrest.policy.eval.AuthorizationRequest}), how principals,
 * actions, resources and conditions match, and the keys AWS derives from the caller ({@link
 * io.atrest.policy.eval.ConditionKeys}). Combining the results into a decision is the job of {@link
 * io.atrest.policy.PolicyEvaluator} and {@link io.atrest.policy.KeyPolicyAuthorizer}.
 */
@NullMarked
package io.atrest.policy.eval;

import org.jspecify.annotations.NullMarked;
