package io.atrest.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.crypto.KeyMaterial;
import io.atrest.engine.crypto.SecretBytes;
import io.atrest.engine.kms.AliasRecord;
import io.atrest.engine.kms.KeyManager;
import io.atrest.engine.kms.KeyRecord;
import io.atrest.engine.kms.KeySpec;
import io.atrest.engine.kms.KeyState;
import io.atrest.engine.kms.KeyUsage;
import io.atrest.engine.kms.MaterialVersion;
import io.atrest.engine.kms.Origin;
import io.atrest.engine.kms.error.InvalidCiphertextException;
import io.atrest.engine.kms.grant.GrantConstraints;
import io.atrest.engine.kms.grant.GrantOperation;
import io.atrest.engine.kms.grant.GrantRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapDbKmsStoreTest {

  private static final String KEY_ID = "1234abcd-12ab-44cd-96ef-1234567890ab";
  private final SecureRandom random = new SecureRandom();
  @TempDir Path dir;

  static KeyRecord key(String materialId) {
    return new KeyRecord(
        KEY_ID,
        "111122223333",
        "us-west-2",
        Instant.parse("2026-01-01T00:00:00Z"),
        "d",
        KeySpec.SYMMETRIC_DEFAULT,
        KeyUsage.ENCRYPT_DECRYPT,
        Origin.AWS_KMS,
        KeyManager.CUSTOMER,
        KeyState.ENABLED,
        null,
        "{}",
        Map.of("team", "db"),
        false,
        365,
        null,
        List.of(new MaterialVersion(materialId, Instant.parse("2026-01-01T00:00:00Z"), null)),
        materialId,
        0,
        null,
        null);
  }

  @Test
  void recordsSurviveCloseAndReopen() {
    Path file = dir.resolve("kms.db");
    Path rootKey = dir.resolve("root.key");
    KeyMaterial material = KeyMaterial.generate(random);
    GrantRecord grant =
        new GrantRecord(
            "ab".repeat(32),
            KEY_ID,
            "arn",
            "n",
            Instant.EPOCH,
            "grantee",
            null,
            "arn:aws:iam::111122223333:root",
            List.of(GrantOperation.Decrypt),
            GrantConstraints.subsetOf(Map.of("a", "b")),
            List.of("tok"),
            true);
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      store.putKey(key(material.id()));
      store.putMaterial(KEY_ID, material);
      store.putAlias(
          new AliasRecord(
              "alias/x", "111122223333", "us-west-2", KEY_ID, Instant.EPOCH, Instant.EPOCH));
      store.putGrant(grant);
    }
    try (MapDbKmsStore store = MapDbKmsStore.open(file, rootKey, random)) {
      assertThat(store.key(KEY_ID)).contains(key(material.id()));
      assertThat(
              store
                  .material(KEY_ID, material.id())
                  .orElseThrow()
                  .secret()
                  .equalsSecret(material.secret()))
          .isTrue();
      assertThat(store.aliases()).extracting(AliasRecord::aliasName).containsExactly("alias/x");
      assertThat(store.grant(grant.grantId())).contains(grant);
    }
  }

  @Test
  void keyMaterialNeverReachesTheFileInPlaintext() throws IOException {
    Path file = dir.resolve("kms.db");
    KeyMaterial material = KeyMaterial.generate(random);
    try (MapDbKmsStore store = MapDbKmsStore.open(file, SecretBytes.random(random, 32), random)) {
      store.putMaterial(KEY_ID, material);
    }
    assertThat(filesContain(dir, material.secret().toByteArray())).isFalse();
  }

  @Test
  void privateMaterialNeverReachesTheFileInPlaintext() throws IOException {
    SecretBytes secret = SecretBytes.random(random, 64);
    try (MapDbKmsStore store =
        MapDbKmsStore.open(dir.resolve("kms.db"), SecretBytes.random(random, 32), random)) {
      store.putPrivateMaterial(KEY_ID, secret);
      assertThat(store.privateMaterial(KEY_ID).orElseThrow().equalsSecret(secret)).isTrue();
    }
    assertThat(filesContain(dir, secret.toByteArray())).isFalse();
  }

  @Test
  void ownedKeyEpochSurvivesReopenToTheNanosecond() {
    Path file = dir.resolve("kms.db");
    SecretBytes root = SecretBytes.random(random, 32);
    Instant epoch = Instant.parse("2026-03-04T05:06:07.123456789Z");
    try (MapDbKmsStore store = MapDbKmsStore.open(file, root, random)) {
      store.putOwnedKeyEpoch(KEY_ID, epoch);
    }
    try (MapDbKmsStore store = MapDbKmsStore.open(file, root, random)) {
      assertThat(store.ownedKeyEpoch(KEY_ID)).contains(epoch);
      assertThat(store.ownedKeyEpoch("other")).isEmpty();
    }
  }

  @Test
  void privateMaterialSurvivesReopenAndGoesWithItsKey() {
    Path file = dir.resolve("kms.db");
    SecretBytes root = SecretBytes.random(random, 32);
    SecretBytes secret = SecretBytes.random(random, 48);
    try (MapDbKmsStore store = MapDbKmsStore.open(file, root, random)) {
      store.putKey(key("ab".repeat(32)));
      store.putPrivateMaterial(KEY_ID, secret);
    }
    try (MapDbKmsStore store = MapDbKmsStore.open(file, root, random)) {
      assertThat(store.privateMaterial(KEY_ID).orElseThrow().equalsSecret(secret)).isTrue();
      store.deleteKey(KEY_ID);
      assertThat(store.privateMaterial(KEY_ID)).isEmpty();
    }
  }

  @Test
  void wrongRootKey_cannotUnwrapMaterial() {
    Path file = dir.resolve("kms.db");
    KeyMaterial material = KeyMaterial.generate(random);
    try (MapDbKmsStore store = MapDbKmsStore.open(file, SecretBytes.random(random, 32), random)) {
      store.putMaterial(KEY_ID, material);
    }
    try (MapDbKmsStore store = MapDbKmsStore.open(file, SecretBytes.random(random, 32), random)) {
      assertThatThrownBy(() -> store.material(KEY_ID, material.id()))
          .isInstanceOf(InvalidCiphertextException.class);
    }
  }

  @Test
  void rootKeyOfWrongLength_isRejected() {
    assertThatThrownBy(
            () -> MapDbKmsStore.open(dir.resolve("kms.db"), SecretBytes.random(random, 16), random))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("16 bytes");
  }

  @Test
  void deleteKey_removesItsMaterial() {
    KeyMaterial material = KeyMaterial.generate(random);
    try (MapDbKmsStore store =
        MapDbKmsStore.open(dir.resolve("kms.db"), SecretBytes.random(random, 32), random)) {
      store.putKey(key(material.id()));
      store.putMaterial(KEY_ID, material);
      store.deleteKey(KEY_ID);
      assertThat(store.key(KEY_ID)).isEmpty();
      assertThat(store.material(KEY_ID, material.id())).isEmpty();
    }
  }

  /** Whether any file under {@code dir} contains {@code needle} anywhere. */
  static boolean filesContain(Path dir, byte[] needle) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        if (indexOf(Files.readAllBytes(f), needle) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void indexOf_findsAndMissesNeedles() {
    assertThat(indexOf(new byte[] {1, 2, 3, 4}, new byte[] {3, 4})).isEqualTo(2);
    assertThat(indexOf(new byte[] {1, 2, 3, 4}, new byte[] {4, 3})).isEqualTo(-1);
  }
}
