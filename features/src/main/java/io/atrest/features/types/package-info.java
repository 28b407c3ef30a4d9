/**
 * The parameter and data-table types of the step library's Gherkin, and the values they produce
 * (principal and key references, expected outcomes, durations).
 */
package io.atrest.features.types;
