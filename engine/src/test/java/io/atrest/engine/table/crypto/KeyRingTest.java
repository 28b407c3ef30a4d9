package io.atrest.engine.table.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingTest {
  private final KeyRing ring = KeyRing.generate("Music");
  private final byte[] plain = "item".getBytes(StandardCharsets.UTF_8);

  @Test
  void sealedRecord_opensAtItsPosition() {
    byte[] sealed = ring.seal("item", 1, new byte[] {1}, plain);
    assertThat(ring.open("item", 1, new byte[] {1}, sealed)).isEqualTo(plain);
  }

  @Test
  void recordMovedToAnotherPosition_failsAuthentication() {
    byte[] sealed = ring.seal("item", 1, new byte[] {1}, plain);
    assertThatThrownBy(() -> ring.open("item", 1, new byte[] {2}, sealed))
        .isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void wrappedKeys_openOnlyForTheSameTableName() {
    SymmetricKey tableKey = SymmetricKey.random(new SecureRandom());
    WrappedKeys wrapped = ring.wrap(tableKey);
    byte[] sealed = ring.seal("item", 0, new byte[] {9}, plain);
    assertThat(KeyRing.unwrap("Music", tableKey, wrapped).open("item", 0, new byte[] {9}, sealed))
        .isEqualTo(plain);
    assertThatThrownBy(() -> KeyRing.unwrap("Books", tableKey, wrapped))
        .isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void rewrapUnderNewTableKey_keepsRecordsReadable() {
    byte[] sealed = ring.seal("item", 2, new byte[] {3}, plain);
    SymmetricKey newKey = SymmetricKey.random(new SecureRandom());
    assertThat(
            KeyRing.unwrap("Music", newKey, ring.wrap(newKey))
                .open("item", 2, new byte[] {3}, sealed))
        .isEqualTo(plain);
  }

  @Test
  void recordMovedToAnotherPartition_failsAuthentication() {
    byte[] sealed = ring.seal("item", 1, new byte[] {1}, plain);
    assertThatThrownBy(() -> ring.open("item", 2, new byte[] {1}, sealed))
        .isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void recordOpenedForAnotherPurpose_failsAuthentication() {
    byte[] sealed = ring.seal("item", 1, new byte[] {1}, plain);
    assertThatThrownBy(() -> ring.open("index", 1, new byte[] {1}, sealed))
        .isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void recordSealedWithTheDocumentedAad_opens() {
    byte[] storageKey = {7, 8, 9};
    SymmetricKey partitionKey = SymmetricKey.of(ring.exportAllForLeakTest().get(3));
    byte[] aad = Aad.of("item").add("Music").add(3).add(storageKey).toByteArray();
    byte[] sealed = RecordCipher.seal(partitionKey, aad, plain);
    assertThat(ring.open("item", 3, storageKey, sealed)).isEqualTo(plain);
  }

  @Test
  void sealsAcrossSeveralIvBatches_neverRepeatAnIv() {
    Set<String> ivs = new HashSet<>();
    int records = 3 * Ivs.BATCH + 1;
    for (int i = 0; i < records; i++) {
      byte[] sealed = ring.seal("item", i % KeyRing.PARTITIONS, new byte[] {1}, plain);
      ivs.add(Arrays.toString(Arrays.copyOf(sealed, RecordCipher.IV_LENGTH)));
    }
    assertThat(ivs).hasSize(records);
  }
}
