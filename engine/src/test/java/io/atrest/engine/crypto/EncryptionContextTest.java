package io.atrest.engine.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptionContextTest {

  @Test
  void canonicalBytesOfShiftedBoundaries_differ() {
    assertThat(EncryptionContext.of("ab", "c").canonicalBytes())
        .isNotEqualTo(EncryptionContext.of("a", "bc").canonicalBytes());
  }

  @Test
  void pairOrder_doesNotChangeEqualityOrCanonicalBytes() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("a", "1");
    ab.put("b", "2");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("b", "2");
    ba.put("a", "1");
    assertThat(EncryptionContext.of(ab)).isEqualTo(EncryptionContext.of(ba));
    assertThat(EncryptionContext.of(ab).canonicalBytes())
        .isEqualTo(EncryptionContext.of(ba).canonicalBytes());
  }

  @Test
  void canonicalBytes_areLengthPrefixedPairs() {
    assertThat(EncryptionContext.of("k", "vv").canonicalBytes())
        .containsExactly(0, 1, 0, 1, 'k', 0, 2, 'v', 'v');
  }

  @Test
  void emptyContext_encodesAsZeroCount() {
    assertThat(EncryptionContext.empty().canonicalBytes()).containsExactly(0, 0);
  }

  @Test
  void subset_requiresEveryPairWithSameValue() {
    EncryptionContext request = EncryptionContext.of(Map.of("a", "1", "b", "2"));
    assertThat(EncryptionContext.of("a", "1").isSubsetOf(request)).isTrue();
    assertThat(EncryptionContext.of("a", "2").isSubsetOf(request)).isFalse();
  }

  @Test
  void emptyKey_isRejected() {
    assertThatThrownBy(() -> EncryptionContext.of("", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("encryption context key must not be empty");
  }

  @Test
  void caseDiffers_contextsAreNotEqual() {
    assertThat(EncryptionContext.of("Table", "x")).isNotEqualTo(EncryptionContext.of("table", "x"));
  }
}
