/**
 * The Cucumber plugin that records a run and writes the compliance report at its end, and {@link
 * io.atrest.reports.plugin.ComplianceRun}, through which a launcher reads the run's verdict.
 */
@NullMarked
package io.atrest.reports.plugin;

import org.jspecify.annotations.NullMarked;
