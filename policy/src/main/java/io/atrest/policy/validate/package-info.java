/**
 * Validation of IAM policy documents (KMS key policies and IAM identity policies) into located
 * findings: a JSON Schema for the grammar, then semantic checks that mirror what AWS refuses
 * ({@code MalformedPolicyDocumentException}, {@code OverlyPermissiveCondition}) and what a security
 * review flags. Works on the located JSON tree, independently of the policy model, so that a policy
 * the parser cannot model still gets every finding it deserves.
 */
@NullMarked
package io.atrest.policy.validate;

import org.jspecify.annotations.NullMarked;
