package io.atrest.reports.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The feature name and scenario names of one feature file, read from its text. The plugin API gives
 * no parsed Gherkin, and a waiver may name a scenario that a tag filter kept from running, so names
 * are read here from the English keywords.
 */
record FeatureSource(Optional<String> featureName, List<String> scenarioNames) {

  private static final Pattern FEATURE = Pattern.compile("^\\s*Feature:\\s*(.*?)\\s*$");
  private static final Pattern SCENARIO =
      Pattern.compile(
          "^\\s*(?:Scenario|Example|Scenario Outline|Scenario Template):\\s*(.*?)\\s*$");

  FeatureSource {
    scenarioNames = List.copyOf(scenarioNames);
  }

  static FeatureSource parse(String source) {
    Optional<String> feature = Optional.empty();
    List<String> scenarios = new ArrayList<>();
    for (String line : source.split("\\R", -1)) {
      Matcher f = FEATURE.matcher(line);
      if (feature.isEmpty() && f.matches()) {
        feature = Optional.of(f.group(1));
        continue;
      }
      Matcher s = SCENARIO.matcher(line);
      if (s.matches()) {
        scenarios.add(s.group(1));
      }
    }
    return new FeatureSource(feature, scenarios);
  }
}
