package io.atrest.features.world;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

class TrailChecksTest {

  private static final JsonNode EVENT =
      Json.read(
          "{\"readOnly\":true,\"recipientAccountId\":\"111122223333\",\"responseElements\":null,\"userAgent\":\"\"}");

  @Test
  void textField_equalsTheCellText_evenWhenItLooksLikeANumber() {
    assertThat(TrailChecks.matches(EVENT.at("/recipientAccountId"), "111122223333")).isTrue();
  }

  @Test
  void booleanField_equalsTheCellReadAsJson() {
    assertThat(TrailChecks.matches(EVENT.at("/readOnly"), "true")).isTrue();
    assertThat(TrailChecks.matches(EVENT.at("/readOnly"), "false")).isFalse();
  }

  @Test
  void booleanField_doesNotEqualTheQuotedString() {
    assertThat(TrailChecks.matches(EVENT.at("/readOnly"), "\"true\"")).isFalse();
  }

  @Test
  void nullField_equalsNull_butAMissingFieldDoesNot() {
    assertThat(TrailChecks.matches(EVENT.at("/responseElements"), "null")).isTrue();
    assertThat(TrailChecks.matches(MissingNode.getInstance(), "null")).isFalse();
  }

  @Test
  void absentMarker_matchesOnlyAMissingField() {
    assertThat(TrailChecks.matches(MissingNode.getInstance(), TrailChecks.ABSENT)).isTrue();
    assertThat(TrailChecks.matches(EVENT.at("/readOnly"), TrailChecks.ABSENT)).isFalse();
  }

  @Test
  void emptyCell_matchesTheEmptyString() {
    assertThat(TrailChecks.matches(EVENT.at("/userAgent"), null)).isTrue();
    assertThat(TrailChecks.matches(EVENT.at("/recipientAccountId"), null)).isFalse();
  }
}
