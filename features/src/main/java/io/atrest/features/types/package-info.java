/**
 * The parameter and data-table types of the step library's Gherkin, and the values they produce
 * (principal and key references, expected outcomes, durations).
 */
@NullMarked
package io.atrest.features.types;

import org.jspecify.annotations.NullMarked;
