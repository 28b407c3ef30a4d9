package io.atrest.reports.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The plugin's settings. The plugin argument is either a report folder ({@code
 * ComplianceReportPlugin:target/atrest-report}) or {@code key=value} pairs separated by {@code ;}:
 * {@code dir}, {@code controls}, {@code requirements}, {@code waivers}. A setting left out falls
 * back to the system property {@code atrest.report.<key>}, then to its default: {@value
 * #DEFAULT_DIR}, the catalogs on the classpath, and the first of {@code waivers.yaml}, {@code
 * waivers.yml}, {@code waivers.json} found in the working folder (none: no waivers).
 *
 * @param waivers empty when the run has no waivers file
 * @param problems settings that make no sense; they make the run a configuration error
 */
public record PluginOptions(
    Path reportDir,
    Optional<Path> controls,
    Optional<Path> requirements,
    Optional<Path> waivers,
    List<String> problems) {

  public static final String DEFAULT_DIR = "target/atrest-report";

  private static final Set<String> KEYS = Set.of("dir", "controls", "requirements", "waivers");
  private static final List<String> DEFAULT_WAIVERS =
      List.of("waivers.yaml", "waivers.yml", "waivers.json");

  public PluginOptions {
    problems = List.copyOf(problems);
  }

  /**
   * Reads the plugin argument ({@code null} when none was given), with {@code properties} (the
   * system properties) as fallback and relative paths resolved against {@code workDir}.
   */
  public static PluginOptions parse(
      @Nullable String argument, Map<String, String> properties, Path workDir) {
    List<String> problems = new ArrayList<>();
    Map<String, String> given = arguments(argument, problems);
    java.util.function.Function<String, Optional<Path>> setting =
        key ->
            Optional.ofNullable(given.getOrDefault(key, properties.get("atrest.report." + key)))
                .filter(v -> !v.isBlank())
                .map(v -> workDir.resolve(v.trim()));
    Optional<Path> controls = setting.apply("controls");
    Optional<Path> requirements = setting.apply("requirements");
    if (controls.isPresent() != requirements.isPresent()) {
      problems.add(
          "give both `controls` and `requirements` catalog paths, or neither (got only `"
              + (controls.isPresent() ? "controls" : "requirements")
              + "`)");
    }
    Optional<Path> waivers = setting.apply("waivers");
    if (waivers.isPresent() && !Files.isRegularFile(waivers.get())) {
      problems.add("waivers file `" + waivers.get() + "` does not exist");
    }
    Optional<Path> defaultWaivers =
        DEFAULT_WAIVERS.stream().map(workDir::resolve).filter(Files::isRegularFile).findFirst();
    return new PluginOptions(
        setting.apply("dir").orElse(workDir.resolve(DEFAULT_DIR)),
        controls,
        requirements,
        waivers.isPresent() ? waivers : defaultWaivers,
        problems);
  }

  private static Map<String, String> arguments(@Nullable String argument, List<String> problems) {
    if (argument == null || argument.isBlank()) {
      return Map.of();
    }
    if (!argument.contains("=")) {
      return Map.of("dir", argument);
    }
    Map<String, String> values = new java.util.HashMap<>();
    for (String part : argument.split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
      if (eq < 0 || !KEYS.contains(key)) {
        problems.add("plugin option `" + part.trim() + "` is not one of " + KEYS + " as key=value");
      } else {
        values.put(key, part.substring(eq + 1));
      }
    }
    return values;
  }
}
