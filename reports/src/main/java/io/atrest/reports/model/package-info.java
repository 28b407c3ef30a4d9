/**
 * The compliance report as immutable data: scenarios as Cucumber ran them, and the verdicts per
 * control and requirement, statement coverage, KMS usage, waivers and problems derived from them.
 * Every writer in {@code io.atrest.reports.render} draws from one {@link
 * io.atrest.reports.model.ComplianceReport}.
 */
@NullMarked
package io.atrest.reports.model;

import org.jspecify.annotations.NullMarked;
