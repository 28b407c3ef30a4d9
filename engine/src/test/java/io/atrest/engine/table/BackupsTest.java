package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.AccessDeniedException;
import io.atrest.engine.table.error.BackupNotFoundException;
import io.atrest.engine.table.error.TableAlreadyExistsException;
import io.atrest.engine.table.error.TableNotFoundException;
import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BackupsTest {
  private final TableFixture f = new TableFixture();
  private String key;

  @BeforeEach
  void cmkTableWithOneItem() {
    key = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(key));
    f.put(f.alice, song("Acme", "One"));
  }

  @Test
  void backup_isDescribedUnderTheTableKeyOfItsTime() {
    String arn = f.db.backups().createBackup(f.alice, "Music", "b1").backupArn();
    f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.disabled()));
    assertThat(f.db.backups().describeBackup(f.alice, arn).sseDescription())
        .contains(SseDescription.enabled(key));
  }

  @Test
  void restore_needsTheBackupsKeyEvenAfterTheTableSwitched() {
    String arn = f.db.backups().createBackup(f.alice, "Music", "b1").backupArn();
    f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.disabled()));
    f.kms.disable(key);
    assertThatThrownBy(
            () -> f.db.backups().restoreTableFromBackup(f.alice, "Copy", arn, Optional.empty()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void restoreWithOverride_usesTheOverrideKey() {
    String arn = f.db.backups().createBackup(f.alice, "Music", "b1").backupArn();
    TableDescription d =
        f.db
            .backups()
            .restoreTableFromBackup(f.alice, "Copy", arn, Optional.of(SseSpecification.disabled()));
    assertThat(d.sseDescription()).isEmpty();
    assertThat(f.db.items().getItem(new GetItemRequest(f.bob, "Copy", song("Acme", "One"))))
        .isPresent();
  }

  @Test
  void restoreOntoExistingTable_fails() {
    String arn = f.db.backups().createBackup(f.alice, "Music", "b1").backupArn();
    assertThatThrownBy(
            () -> f.db.backups().restoreTableFromBackup(f.alice, "Music", arn, Optional.empty()))
        .isInstanceOf(TableAlreadyExistsException.class);
  }

  @Test
  void backupOfMissingTable_fails() {
    assertThatThrownBy(() -> f.db.backups().createBackup(f.alice, "Nope", "b"))
        .isInstanceOf(TableNotFoundException.class);
  }

  @Test
  void deletedBackup_isNotFound() {
    String arn = f.db.backups().createBackup(f.alice, "Music", "b1").backupArn();
    f.db.backups().deleteBackup(f.alice, arn);
    assertThatThrownBy(() -> f.db.backups().describeBackup(f.alice, arn))
        .isInstanceOf(BackupNotFoundException.class);
  }

  @Test
  void listBackups_filtersByTable() {
    f.db.backups().createBackup(f.alice, "Music", "b1");
    assertThat(f.db.backups().listBackups(f.alice, Optional.of("Music"))).hasSize(1);
    assertThat(f.db.backups().listBackups(f.alice, Optional.of("Other"))).isEmpty();
  }
}
