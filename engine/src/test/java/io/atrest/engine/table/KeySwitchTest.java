package io.atrest.engine.table;

import static io.atrest.engine.table.TableFixture.song;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.table.sse.SseDescription;
import io.atrest.engine.table.sse.SseSpecification;
import io.atrest.engine.table.sse.SseStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeySwitchTest {
  private final TableFixture f = new TableFixture();

  @Test
  void switchToOwnedKey_respondsUpdatingWithTheOldKey() {
    String arn = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(arn));
    TableDescription d =
        f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.disabled()));
    assertThat(d.sseDescription())
        .contains(
            new SseDescription(
                SseStatus.UPDATING, Optional.of("KMS"), Optional.of(arn), Optional.empty()));
  }

  @Test
  void switchToOwnedKey_endsWithoutSseDescription() {
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
    f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.disabled()));
    TableDescription d = f.db.describeTable(f.alice, "Music");
    assertThat(d.tableStatus()).isEqualTo(TableStatus.ACTIVE);
    assertThat(d.sseDescription()).isEmpty();
  }

  @Test
  void switchFromOwnedToCustomerKey_endsEnabledWithTheNewKey() {
    f.createMusic(SseSpecification.disabled());
    String arn = f.kms.createKey();
    f.db.updateTable(
        UpdateTableRequest.sse(f.alice, "Music", SseSpecification.customerManaged(arn)));
    assertThat(f.db.describeTable(f.alice, "Music").sseDescription())
        .contains(SseDescription.enabled(arn));
  }

  @Test
  void switchingKeys_keepsItemsReadableAndWritableThroughout() {
    f.createMusic(SseSpecification.customerManaged(f.kms.createKey()));
    f.put(f.alice, song("Acme", "Before"));
    f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.awsManaged()));
    f.put(f.alice, song("Acme", "During"));
    assertThat(f.get(f.alice, "Acme", "Before")).isPresent();
    f.db.describeTable(f.alice, "Music");
    f.put(f.alice, song("Acme", "After"));
    assertThat(f.get(f.bob, "Acme", "Before")).isPresent();
    assertThat(f.get(f.bob, "Acme", "During")).isPresent();
    assertThat(f.get(f.bob, "Acme", "After")).isPresent();
  }

  @Test
  void switchingKeys_generatesANewTableKeyAndRetiresTheOldGrant() {
    String oldKey = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(oldKey));
    String newKey = f.kms.createKey();
    f.db.updateTable(
        UpdateTableRequest.sse(f.alice, "Music", SseSpecification.customerManaged(newKey)));
    f.db.describeTable(f.alice, "Music");
    assertThat(
            f.kms.calls().stream()
                .filter(c -> c.operation().equals("GenerateDataKey"))
                .map(TestKms.Call::keyArn))
        .containsExactly(oldKey, newKey);
    assertThat(f.kms.liveGrants().values()).containsExactly(newKey);
  }

  @Test
  void afterSwitch_theOldKeyIsNoLongerNeeded() {
    String oldKey = f.kms.createKey();
    f.createMusic(SseSpecification.customerManaged(oldKey));
    f.put(f.alice, song("Acme", "Kept"));
    f.db.updateTable(UpdateTableRequest.sse(f.alice, "Music", SseSpecification.disabled()));
    f.db.describeTable(f.alice, "Music");
    f.kms.disable(oldKey);
    assertThat(f.get(f.bob, "Acme", "Kept")).isPresent();
  }
}
