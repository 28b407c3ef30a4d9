package com.example.compliance;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The team's own runner: its feature files, atrest's steps, atrest's compliance report. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = "cucumber.glue", value = "io.atrest.features")
@ConfigurationParameter(
    key = "cucumber.plugin",
    value = "io.atrest.reports.plugin.ComplianceReportPlugin:target/atrest-report")
@ConfigurationParameter(key = "cucumber.publish.quiet", value = "true")
class KeyPolicyComplianceTest {}
