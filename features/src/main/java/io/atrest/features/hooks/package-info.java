/**
 * Cucumber hooks of the step library: attaching each scenario's evidence for the compliance report.
 */
package io.atrest.features.hooks;
