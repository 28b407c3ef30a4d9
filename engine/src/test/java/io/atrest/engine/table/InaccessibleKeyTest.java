package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.ValidationException;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InaccessibleKeyTest {
  private final TableFixture f = new TableFixture();
  private String key;

  @BeforeEach
  void cmkTableWithOneItem() {
    key = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(key));
    f.put(f.alice, song("Acme", "One"));
  }

  private Instant disableAndDetect() {
    f.kms.disable(key);
    f.clock.advance(Duration.ofMinutes(5));
    Instant detected = f.clock.instant();
    assertThatThrownBy(() -> f.get(f.alice, "Acme", "One"))
        .isInstanceOf(AccessDeniedException.class);
    return detected;
  }

  @Test
  void disabledKey_isNoticedOnlyAtTheNextRefresh() {
    f.kms.disable(key);
    assertThat(f.get(f.alice, "Acme", "One")).isPresent();
  }

  @Test
  void disabledKey_makesTableInaccessibleWithDetectionTime() {
    Instant detected = disableAndDetect();
    TableDescription d = f.db.describeTable(f.alice, "Music");
    assertThat(d.tableStatus()).isEqualTo(TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
    assertThat(d.sseDescription().flatMap(SseDescription::inaccessibleEncryptionDateTime))
        .contains(detected);
  }

  @Test
  void disabledKey_failsDataPlaneWithKmsAccessDeniedError() {
    f.kms.disable(key);
    f.clock.advance(Duration.ofMinutes(5));
    assertThatThrownBy(() -> f.get(f.alice, "Acme", "One"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("DisabledException: " + key + " is disabled.");
  }

  @Test
  void detection_notifiesTheAccount() {
    disableAndDetect();
    assertThat(f.db.notifications())
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.tableName()).isEqualTo("Music");
              assertThat(n.message())
                  .contains("detected that it does not have access to your table")
                  .contains(key);
            });
  }

  @Test
  void revokedGrantAndDeniedCaller_makeTableInaccessible() {
    f.kms.revokeAllGrants();
    f.kms.deny(f.alice.principal().arn());
    f.clock.advance(Duration.ofMinutes(5));
    assertThatThrownBy(() -> f.get(f.alice, "Acme", "One"))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(f.db.describeTable(f.alice, "Music").tableStatus())
        .isEqualTo(TableStatus.INACCESSIBLE_ENCRYPTION_CREDENTIALS);
  }

  @Test
  void oneDeniedCaller_doesNotMakeTableInaccessible() {
    f.kms.deny(f.bob.principal().arn());
    assertThatThrownBy(() -> f.get(f.bob, "Acme", "One")).isInstanceOf(AccessDeniedException.class);
    assertThat(f.db.describeTable(f.alice, "Music").tableStatus()).isEqualTo(TableStatus.ACTIVE);
  }

  @Test
  void accessRestoredWithinSevenDays_makesTableActiveAndClearsDate() {
    disableAndDetect();
    f.clock.advance(Duration.ofDays(6));
    f.kms.enable(key);
    assertThat(f.get(f.alice, "Acme", "One")).isPresent();
    TableDescription d = f.db.describeTable(f.alice, "Music");
    assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(d.sseDescription().flatMap(SseDescription::inaccessibleEncryptionDateTime))
        .isEmpty();
  }

  @Test
  void inaccessibleForMoreThanSevenDays_archivesWithABackup() {
    disableAndDetect();
    f.clock.advance(Duration.ofDays(7).plusSeconds(1));
    TableDescription archiving = f.db.describeTable(f.alice, "Music");
    assertThat(archiving.tableStatus()).isEqualTo(TableStatus.ARCHIVING);
    TableDescription archived = f.db.describeTable(f.alice, "Music");
    assertThat(archived.tableStatus()).isEqualTo(TableStatus.ARCHIVED);
    ArchivalSummary summary = archived.archivalSummary().orElseThrow();
    assertThat(summary.archivalReason()).isEqualTo("INACCESSIBLE_ENCRYPTION_CREDENTIALS");
    assertThat(f.db.backups().describeBackup(f.alice, summary.archivalBackupArn()).itemCount())
        .isEqualTo(1);
  }

  @Test
  void archivedTable_refusesDataPlane() {
    disableAndDetect();
    f.clock.advance(Duration.ofDays(8));
    f.db.describeTable(f.alice, "Music");
    assertThatThrownBy(() -> f.get(f.alice, "Acme", "One"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("archived");
  }

  @Test
  void archivalBackup_restoresOnceTheKeyIsEnabledAgain() {
    disableAndDetect();
    f.clock.advance(Duration.ofDays(8));
    String backup =
        f.db.describeTable(f.alice, "Music").archivalSummary().orElseThrow().archivalBackupArn();
    assertThatThrownBy(
            () ->
                f.db
                    .backups()
                    .restoreTableFromBackup(f.alice, "Music2", backup, java.util.Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
    f.kms.enable(key);
    f.db.backups().restoreTableFromBackup(f.alice, "Music2", backup, java.util.Optional.empty());
    assertThat(f.db.items().getItem(new GetItemRequest(f.alice, "Music2", song("Acme", "One"))))
        .isPresent();
  }
}
