package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.features.types.KeyRef;
import org.junit.jupiter.api.Test;

class SseRefTest {

  @Test
  void awsOwnedKey_parses() {
    assertThat(SseRef.parse("the AWS owned key")).isEqualTo(new SseRef.AwsOwned());
  }

  @Test
  void awsManagedKey_parses() {
    assertThat(SseRef.parse("the AWS managed key")).isEqualTo(new SseRef.AwsManaged());
  }

  @Test
  void noSpecification_parses() {
    assertThat(SseRef.parse("no SSE specification")).isEqualTo(new SseRef.Absent());
  }

  @Test
  void customerKey_isNamedByItsKeyIdByDefault() {
    assertThat(SseRef.parse("key \"music-key\""))
        .isEqualTo(new SseRef.Customer(new KeyRef("music-key", false), SseRef.Naming.KEY_ID, null));
  }

  @Test
  void customerKeyByArn_parses() {
    assertThat(SseRef.parse("key \"music-key\" by its ARN"))
        .isEqualTo(new SseRef.Customer(new KeyRef("music-key", false), SseRef.Naming.ARN, null));
  }

  @Test
  void customerKeyByAlias_keepsTheAlias() {
    assertThat(SseRef.parse("key \"music-key\" by alias \"alias/music\""))
        .isEqualTo(
            new SseRef.Customer(
                new KeyRef("music-key", false), SseRef.Naming.ALIAS, "alias/music"));
  }

  @Test
  void shorthand_keepsTheTextVerbatim() {
    assertThat(SseRef.parse("SSE specification \"Enabled=true,SSEType=KMS\""))
        .isEqualTo(new SseRef.Shorthand("Enabled=true,SSEType=KMS"));
  }

  @Test
  void everyParsedForm_matchesTheParameterTypeRegex() {
    for (String phrase :
        new String[] {
          "the AWS owned key",
          "the AWS managed key",
          "no SSE specification",
          "key \"k\"",
          "key \"k\" by its ARN",
          "key \"k\" by alias \"alias/k\"",
          "SSE specification \"Enabled=false\""
        }) {
      assertThat(phrase).matches(SseRef.REGEX);
    }
  }

  @Test
  void unknownPhrase_isRejectedListingTheForms() {
    assertThatThrownBy(() -> SseRef.parse("the AWS secret key"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the AWS owned key");
  }
}
