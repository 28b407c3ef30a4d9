package io.atrest.reports.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeatureSourceTest {

  @Test
  void featureAndScenarioNames_areReadFromTheText() {
    FeatureSource source =
        FeatureSource.parse(
            """
        @tag
        Feature: Table keys
          Background:
            Given a table
          Scenario: First one
            Then x
          Scenario Outline: Second <n>
            Then y
          Example: Third
            Then z
        """);

    assertThat(source.featureName()).contains("Table keys");
    assertThat(source.scenarioNames()).containsExactly("First one", "Second <n>", "Third");
  }

  @Test
  void textWithoutFeature_hasNoName() {
    assertThat(FeatureSource.parse("# nothing here").featureName()).isEmpty();
  }
}
