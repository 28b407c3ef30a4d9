package io.atrest.engine.table.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
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
    assertThatThrownBy(() -> ring.open("item", 1, new byte[] {2}, sealed)).isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void wrappedKeys_openOnlyForTheSameTableName() {
    SymmetricKey tableKey = SymmetricKey.random(new SecureRandom());
    WrappedKeys wrapped = ring.wrap(tableKey);
    byte[] sealed = ring.seal("item", 0, new byte[] {9}, plain);
    assertThat(KeyRing.unwrap("Music", tableKey, wrapped).open("item", 0, new byte[] {9}, sealed)).isEqualTo(plain);
    assertThatThrownBy(() -> KeyRing.unwrap("Books", tableKey, wrapped)).isInstanceOf(RecordAuthenticationException.class);
  }

  @Test
  void rewrapUnderNewTableKey_keepsRecordsReadable() {
    byte[] sealed = ring.seal("item", 2, new byte[] {3}, plain);
    SymmetricKey newKey = SymmetricKey.random(new SecureRandom());
    assertThat(KeyRing.unwrap("Music", newKey, ring.wrap(newKey)).open("item", 2, new byte[] {3}, sealed)).isEqualTo(plain);
  }
}
