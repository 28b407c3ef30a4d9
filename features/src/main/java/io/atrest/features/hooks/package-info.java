/**
 * Cucumber hooks of the step library: attaching each scenario's evidence for the compliance report.
 */
@NullMarked
package io.atrest.features.hooks;

import org.jspecify.annotations.NullMarked;
