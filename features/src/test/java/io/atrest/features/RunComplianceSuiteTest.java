package io.atrest.features;

import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectClasspathResource;
import org.junit.platform.suite.api.Suite;

/**
 * Runs the bundled compliance suite (every feature under {@code io/atrest/features/suite}) through
 * the Cucumber engine of the JUnit Platform; glue, plugins and parallelism are set in {@code
 * junit-platform.properties}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectClasspathResource("io/atrest/features/suite")
class RunComplianceSuiteTest {}
