package io.atrest.engine.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LruTest {

  @Test
  void leastRecentlyUsedEntry_isForgottenBeyondTheCapacity() {
    Lru<String, Integer> lru = new Lru<>(2);
    lru.put("a", 1);
    lru.put("b", 2);
    lru.get("a");
    lru.put("c", 3);

    assertThat(lru.get("a")).isEqualTo(1);
    assertThat(lru.get("b")).isNull();
    assertThat(lru.get("c")).isEqualTo(3);
    assertThat(lru.size()).isEqualTo(2);
  }

  @Test
  void computeIfAbsent_computesOncePerKey() {
    Lru<String, String> lru = new Lru<>(4);
    int[] calls = {0};
    lru.computeIfAbsent("k", k -> k + ++calls[0]);
    String again = lru.computeIfAbsent("k", k -> k + ++calls[0]);

    assertThat(again).isEqualTo("k1");
    assertThat(calls[0]).isEqualTo(1);
  }

  @Test
  void lastEntry_isFoundByAnEqualKey() {
    Lru<String, Integer> lru = new Lru<>(4);
    lru.put(new String("key"), 7);

    assertThat(lru.get(new String("key"))).isEqualTo(7);
  }

  @Test
  void capacityBelowOne_isRefused() {
    assertThatThrownBy(() -> new Lru<String, String>(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity `0` must be at least 1");
  }
}
