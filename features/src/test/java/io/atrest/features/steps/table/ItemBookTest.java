package io.atrest.features.steps.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.item.AttributeValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemBookTest {

  private final ItemBook book = new ItemBook();

  ItemBookTest() {
    book.table("Music", List.of("Artist", "SongTitle"));
  }

  @Test
  void itemName_givesTheKeyInKeySchemaOrder() {
    assertThat(book.key("Music", "Acme/Hello"))
        .isEqualTo(
            Map.of("Artist", AttributeValue.s("Acme"), "SongTitle", AttributeValue.s("Hello")));
  }

  @Test
  void itemNameWithTooFewKeyValues_isRejected() {
    assertThatThrownBy(() -> book.key("Music", "Acme")).hasMessageContaining("[Artist, SongTitle]");
  }

  @Test
  void unknownTable_isRejectedNamingTheKnownOnes() {
    assertThatThrownBy(() -> book.key("Books", "x"))
        .hasMessageContaining("Books")
        .hasMessageContaining("Music");
  }

  @Test
  void writtenItem_isExpectedAndItsStringsAreSecrets() {
    Map<String, AttributeValue> item = book.item("Music", "Acme/Hello", Map.of("Genre", "Rock"));
    book.written("Music", "Acme/Hello", item);
    assertThat(book.expected("Music", "Acme/Hello")).isEqualTo(item);
    assertThat(book.plaintexts("Music"))
        .extracting(b -> new String(b, StandardCharsets.UTF_8))
        .contains("Acme", "Hello", "Rock", "plaintext lyrics of Acme/Hello");
  }

  @Test
  void nameOf_isTheInverseOfKey() {
    assertThat(book.nameOf("Music", book.item("Music", "Acme/Hello", Map.of())))
        .isEqualTo("Acme/Hello");
  }

  @Test
  void restoredTable_holdsWhatTheBackupHeld() {
    book.written("Music", "Acme/Old", book.item("Music", "Acme/Old", Map.of()));
    book.backedUp("backup-arn", "Music");
    book.written("Music", "Acme/New", book.item("Music", "Acme/New", Map.of()));
    book.restored("backup-arn", "Music", "Copy");
    assertThat(book.expected("Copy", "Acme/Old")).isNotNull();
    assertThat(book.expected("Copy", "Acme/New")).isNull();
  }

  @Test
  void restoredFromABackupTheScenarioDidNotMake_holdsWhatTheTableHeld() {
    book.written("Music", "Acme/Old", book.item("Music", "Acme/Old", Map.of()));
    book.restored("archival-backup-arn", "Music", "Back");
    assertThat(book.expected("Back", "Acme/Old")).isNotNull();
    assertThat(book.keyCount("Back")).isEqualTo(2);
  }
}
