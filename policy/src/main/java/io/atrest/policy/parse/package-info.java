/**
 * Reading JSON policies into the {@link io.atrest.policy.model} with a line and column for every
 * element; what cannot be modelled is a {@link io.atrest.policy.parse.PolicyParseException} located
 * at the offending element.
 */
@NullMarked
package io.atrest.policy.parse;

import org.jspecify.annotations.NullMarked;
