package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.features.world.Json;
import io.atrest.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The table features under {@code suite/tables/} cite every requirement of the table topics, and
 * every requirement of the KMS topics that the KMS suite leaves to the table store.
 */
class TableSuiteCoverageTest {

  static final Set<String> TOPICS =
      Set.of(
          "tables",
          "key-kinds",
          "key-switching",
          "inaccessibility",
          "backups",
          "caching-cost",
          "global-tables");

  /**
   * Requirements of other topics that the KMS suite leaves to the table store (its
   * RequirementCoverageTest).
   */
  static final Set<String> LEFT_TO_TABLES =
      Set.of(
          "KMS-POL-011",
          "KMS-POL-012",
          "KMS-POL-014",
          "KMS-POL-015",
          "KMS-GRANT-001",
          "KMS-GRANT-002",
          "KMS-GRANT-004",
          "KMS-GRANT-005",
          "KMS-GRANT-006",
          "KMS-GRANT-007",
          "KMS-GRANT-008",
          "KMS-EC-001",
          "KMS-CT-009",
          "KMS-POL-013",
          "KMS-LIFE-004");

  private static final Path TABLES = Path.of("src/main/resources/io/atrest/features/suite/tables");

  @Test
  void everyRequirementOfTheTableTopics_isCitedByATableScenario() throws IOException {
    Set<String> cited = cited("req");
    List<String> uncovered = new ArrayList<>();
    for (JsonNode r : catalog("requirements")) {
      String id = r.get("id").asText();
      boolean ours = TOPICS.contains(r.get("topic").asText()) || LEFT_TO_TABLES.contains(id);
      if (ours && !r.path("retired").asBoolean(false) && !cited.contains(id)) {
        uncovered.add(id + " (" + r.get("topic").asText() + "): " + r.get("statement").asText());
      }
    }
    assertThat(uncovered).as("requirements no table scenario cites with @req:ID").isEmpty();
  }

  @Test
  void everyCitedRequirementAndControl_isInTheCatalogs() throws IOException {
    assertThat(ids(catalog("requirements"))).containsAll(cited("req"));
    assertThat(ids(catalog("controls"))).containsAll(cited("control"));
  }

  @Test
  void retiredRequirements_areNotCited() throws IOException {
    Set<String> retired = new TreeSet<>();
    catalog("requirements")
        .forEach(
            r -> {
              if (r.path("retired").asBoolean(false)) {
                retired.add(r.get("id").asText());
              }
            });
    assertThat(cited("req")).doesNotContainAnyElementsOf(retired);
  }

  private static JsonNode catalog(String name) {
    return Json.read(Fixtures.text("catalog/" + name + ".json")).get(name);
  }

  private static Set<String> ids(JsonNode list) {
    Set<String> ids = new TreeSet<>();
    list.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }

  private static Set<String> cited(String prefix) throws IOException {
    Pattern tag = Pattern.compile("@" + prefix + ":([A-Za-z0-9-]+)");
    Set<String> ids = new TreeSet<>();
    try (Stream<Path> files = Files.walk(TABLES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
        Matcher m = tag.matcher(Files.readString(file));
        while (m.find()) {
          ids.add(m.group(1));
        }
      }
    }
    return ids;
  }
}
