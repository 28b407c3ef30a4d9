/**
 * The immutable model of an IAM policy document: statements with their effect, principals, actions,
 * resources and conditions, each element with its source location. Patterns (action and ARN globs,
 * CIDR blocks, dates, numbers, policy-variable templates) are read once, when the policy is parsed,
 * so that evaluation compares without parsing or compiling anything.
 */
@NullMarked
package io.atrest.policy.model;

import org.jspecify.annotations.NullMarked;
