package io.atrest.policy.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.policy.SourceLocation;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {

  @Test
  void everyValueIsLocatedByItsPointer() throws PolicyParseException {
    LocatedJson json =
        LocatedJson.read("{\n  \"Statement\": [\n    {\"Effect\": \"Allow\"}\n  ]\n}");

    assertThat(json.locate("/Statement/0/Effect"))
        .isEqualTo(new SourceLocation("/Statement/0/Effect", 3, 16));
    assertThat(json.locate("/Statement")).isEqualTo(new SourceLocation("/Statement", 2, 16));
  }

  @Test
  void pointerOfAMissingMember_takesItsNearestAncestorsPosition() throws PolicyParseException {
    LocatedJson json = LocatedJson.read("{\"Statement\": {\"Effect\": \"Allow\"}}");

    assertThat(json.locate("/Statement/Action"))
        .isEqualTo(new SourceLocation("/Statement/Action", 1, 15));
  }

  @Test
  void memberNamesAreEscapedInPointers() throws PolicyParseException {
    LocatedJson json = LocatedJson.read("{\"a/b~c\": 1}");

    assertThat(json.root().has("a/b~c")).isTrue();
    assertThat(json.locate("/a~1b~0c").line()).isEqualTo(1);
    assertThat(json.locate("/a~1b~0c").column()).isEqualTo(11);
  }

  @Test
  void duplicateMembersAreRecordedAtTheirSecondOccurrence() throws PolicyParseException {
    LocatedJson json = LocatedJson.read("{\"Sid\": \"a\",\n \"Sid\": \"b\"}");

    assertThat(json.duplicateMembers()).extracting(SourceLocation::line).containsExactly(2);
    assertThat(json.root().get("Sid").asText()).isEqualTo("b");
  }

  @Test
  void invalidJson_failsWithTheLineAndColumnWhereReadingStopped() {
    assertThatThrownBy(() -> LocatedJson.read("{\n  \"a\": [1,\n}"))
        .isInstanceOfSatisfying(
            PolicyParseException.class,
            e -> {
              assertThat(e.location().line()).isEqualTo(3);
              assertThat(e.getMessage()).startsWith("not valid JSON");
            });
  }

  @Test
  void numberOutOfRange_isALocatedParseError() {
    assertThatThrownBy(() -> LocatedJson.read("{\n \"n\": 1e99999999999}"))
        .isInstanceOfSatisfying(
            PolicyParseException.class,
            e -> {
              assertThat(e.location().line()).isEqualTo(2);
              assertThat(e.getMessage()).contains("out of range");
            });
  }

  @Test
  void trailingContent_isAParseError() {
    assertThatThrownBy(() -> LocatedJson.read("{} {}"))
        .isInstanceOfSatisfying(
            PolicyParseException.class, e -> assertThat(e.getMessage()).contains("after the end"));
  }

  @Test
  void emptyText_isAParseError() {
    assertThatThrownBy(() -> LocatedJson.read("  "))
        .isInstanceOf(PolicyParseException.class)
        .hasMessageContaining("empty");
  }
}
