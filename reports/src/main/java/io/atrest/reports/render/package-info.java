/**
 * Draws a {@link io.atrest.reports.model.ComplianceReport} into the report folder: {@code
 * index.html}, {@code compliance.json}, {@code junit.xml}, {@code summary.md}, {@code
 * policy-validation.sarif} and {@code verdict.json}.
 */
@NullMarked
package io.atrest.reports.render;

import org.jspecify.annotations.NullMarked;
