package io.atrest.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NonceSourceTest {

  @Test
  void ivsDrawnAcrossManyBlocks_areAllDistinct() {
    NonceSource nonces = NonceSource.create();
    Set<ByteBuffer> seen = new HashSet<>();
    int draws = 3 * NonceSource.BLOCK;
    for (int i = 0; i < draws; i++) {
      byte[] iv = new byte[AesGcm.IV_LENGTH];
      nonces.nextBytes(iv);
      seen.add(ByteBuffer.wrap(iv));
    }

    assertThat(seen).hasSize(draws);
  }

  @Test
  void drawLargerThanABlock_isFilledToTheEnd() {
    NonceSource nonces = NonceSource.create();
    byte[] big = new byte[2 * NonceSource.BLOCK + 7];
    nonces.nextBytes(big);

    byte[] tail = java.util.Arrays.copyOfRange(big, big.length - 64, big.length);
    assertThat(tail).isNotEqualTo(new byte[64]);
  }

  @Test
  void longsDrawnAcrossBlockEnds_areAllDistinct() {
    NonceSource nonces = NonceSource.create();
    Set<Long> seen = new HashSet<>();
    byte[] odd = new byte[5];
    for (int i = 0; i < 5_000; i++) {
      nonces.nextBytes(odd);
      seen.add(nonces.nextLong());
    }

    assertThat(seen).hasSize(5_000);
  }

  @Test
  void twoSources_drawDifferentBytes() {
    byte[] a = new byte[32];
    byte[] b = new byte[32];
    NonceSource.create().nextBytes(a);
    NonceSource.create().nextBytes(b);

    assertThat(a).isNotEqualTo(b);
  }
}
