package io.atrest.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atrest.features.world.Json;
import io.atrest.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The bundled suite covers every requirement of the topics of the KMS step library (key policies,
 * grants, encryption context, trail, key states, key kinds, policy validation), except those whose
 * subject is the table store, which the table-store scenarios under {@code suite/tables/} cover.
 */
class RequirementCoverageTest {

  static final Set<String> TOPICS =
      Set.of(
          "key-policies",
          "grants",
          "encryption-context",
          "trail",
          "key-states",
          "key-kinds",
          "policy-validation");

  /**
   * Requirements of these topics that need tables, table creation or the table store's own KMS
   * calls to be checked faithfully; the table-store step library covers them.
   */
  static final Set<String> FOR_THE_TABLE_STORE =
      Set.of(
          "DDB-SSE-001",
          "DDB-SSE-004",
          "DDB-SSE-013",
          "DDB-SSE-014",
          "DDB-SSE-015",
          "DDB-SSE-016",
          "DDB-SSE-020",
          "DDB-SSE-021",
          "DDB-SSE-024",
          "KMS-POL-011",
          "KMS-POL-012",
          "KMS-POL-013",
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
          "KMS-LIFE-004");

  private static final JsonNode REQUIREMENTS =
      Json.read(Fixtures.text("catalog/requirements.json")).get("requirements");
  private static final JsonNode CONTROLS =
      Json.read(Fixtures.text("catalog/controls.json")).get("controls");

  @Test
  void everyRequirementOfTheKmsTopics_isCitedByAScenario() {
    List<String> uncovered = new ArrayList<>();
    Set<String> cited = SuiteTags.ids("req");
    for (JsonNode r : REQUIREMENTS) {
      String id = r.get("id").asText();
      boolean mine =
          TOPICS.contains(r.get("topic").asText()) && !r.path("retired").asBoolean(false);
      if (mine && !FOR_THE_TABLE_STORE.contains(id) && !cited.contains(id)) {
        uncovered.add(id + " (" + r.get("topic").asText() + "): " + r.get("statement").asText());
      }
    }
    assertThat(uncovered).as("requirements no scenario of the suite cites with @req:ID").isEmpty();
  }

  @Test
  void everyCitedRequirement_isInTheCatalog() {
    assertThat(catalogIds(REQUIREMENTS)).containsAll(SuiteTags.ids("req"));
  }

  @Test
  void everyCitedControl_isInTheCatalog() {
    assertThat(catalogIds(CONTROLS)).containsAll(SuiteTags.ids("control"));
  }

  @Test
  void everyRequirementLeftToTheTableStore_isARequirementOfTheKmsTopics() {
    Set<String> ofTopics = new TreeSet<>();
    REQUIREMENTS.forEach(
        r -> {
          if (TOPICS.contains(r.get("topic").asText())) {
            ofTopics.add(r.get("id").asText());
          }
        });
    assertThat(ofTopics).containsAll(FOR_THE_TABLE_STORE);
  }

  private static Set<String> catalogIds(JsonNode list) {
    Set<String> ids = new TreeSet<>();
    list.forEach(n -> ids.add(n.get("id").asText()));
    return ids;
  }
}
