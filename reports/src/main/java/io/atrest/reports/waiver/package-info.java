/**
 * Waivers: a signed-off, dated acceptance of a known failure, for one scenario or one control. A
 * waived failure is reported as WAIVED, never as passed, and an expired waiver fails the run.
 */
@NullMarked
package io.atrest.reports.waiver;

import org.jspecify.annotations.NullMarked;
