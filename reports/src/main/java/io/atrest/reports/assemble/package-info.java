/**
 * Turns scenario runs, the catalogs and the waivers into a {@link
 * io.atrest.reports.model.ComplianceReport}: statuses with waivers applied, verdicts per control
 * and requirement, statement coverage, KMS usage, problems and the run's exit status.
 */
@NullMarked
package io.atrest.reports.assemble;

import org.jspecify.annotations.NullMarked;
