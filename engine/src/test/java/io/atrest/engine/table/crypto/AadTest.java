package io.atrest.engine.table.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AadTest {
  @Test
  void appendToBuiltStart_encodesLikeAddingTheFieldLast() {
    byte[] start = Aad.of("item").add("Music").add(2).toByteArray();
    byte[] field = {1, 2, 3, 4, 5};
    assertThat(Aad.append(start, field))
        .isEqualTo(Aad.of("item").add("Music").add(2).add(field).toByteArray());
  }

  @Test
  void fieldsSplitDifferently_encodeDifferently() {
    assertThat(Aad.of("ab").add("c").toByteArray())
        .isNotEqualTo(Aad.of("a").add("bc").toByteArray());
  }
}
