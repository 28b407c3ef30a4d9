/**
 * The evidence that steps attach to scenarios (media type {@value
 * io.atrest.reports.evidence.Evidence#MEDIA_TYPE}): its typed forms and the parser that turns
 * attached bytes into them without ever failing the run. The shape is documented in {@code
 * reports/EVIDENCE.md} and {@code io/atrest/reports/evidence.schema.json}.
 */
@NullMarked
package io.atrest.reports.evidence;

import org.jspecify.annotations.NullMarked;
