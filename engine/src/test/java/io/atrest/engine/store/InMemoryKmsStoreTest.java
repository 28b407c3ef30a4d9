package io.atrest.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.kms.AliasRecord;
import io.atrest.engine.kms.KeyRecord;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryKmsStoreTest {

  private final InMemoryKmsStore store = new InMemoryKmsStore();

  @Test
  void putKeyThenDelete_removesKeyAndMaterial() {
    KeyMaterial material = KeyMaterial.generate(new SecureRandom());
    store.putKey(MapDbKmsStoreTest.key(material.id()));
    store.putMaterial("1234abcd-12ab-44cd-96ef-1234567890ab", material);
    store.deleteKey("1234abcd-12ab-44cd-96ef-1234567890ab");
    assertThat(store.keys()).isEmpty();
    assertThat(store.material("1234abcd-12ab-44cd-96ef-1234567890ab", material.id())).isEmpty();
  }

  @Test
  void aliases_areKeyedByArn() {
    AliasRecord alias =
        new AliasRecord("alias/a", "111122223333", "us-west-2", "k", Instant.EPOCH, Instant.EPOCH);
    store.putAlias(alias);
    assertThat(store.alias("arn:aws:kms:us-west-2:111122223333:alias/a")).contains(alias);
    store.deleteAlias(alias.arn());
    assertThat(store.aliases()).isEmpty();
  }

  @Test
  void forEachKey_visitsEveryStoredKey() {
    KeyMaterial material = KeyMaterial.generate(new SecureRandom());
    store.putKey(MapDbKmsStoreTest.key(material.id()));
    List<KeyRecord> seen = new ArrayList<>();
    store.forEachKey(seen::add);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(store.keys()).hasSize(1);
  }

  @Test
  void forEachAlias_visitsEveryStoredAliasAndNoDeletedOne() {
    AliasRecord kept =
        new AliasRecord("alias/a", "111122223333", "us-west-2", "k", Instant.EPOCH, Instant.EPOCH);
    AliasRecord deleted =
        new AliasRecord("alias/b", "111122223333", "us-west-2", "k", Instant.EPOCH, Instant.EPOCH);
    store.putAlias(kept);
    store.putAlias(deleted);
    store.deleteAlias(deleted.arn());
    List<AliasRecord> seen = new ArrayList<>();
    store.forEachAlias(seen::add);
    assertThat(seen).containsExactly(kept);
  }
}
