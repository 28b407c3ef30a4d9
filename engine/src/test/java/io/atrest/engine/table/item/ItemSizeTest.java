package io.atrest.engine.table.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemSizeTest {
  @Test
  void stringAttribute_countsNameAndUtf8Bytes() {
    assertThat(ItemSize.of(Map.of("name", AttributeValue.s("é")))).isEqualTo(4 + 2);
  }

  @Test
  void number_countsOneBytePerTwoSignificantDigitsPlusOne() {
    assertThat(ItemSize.of(Map.of("n", AttributeValue.n("12345")))).isEqualTo(1 + 4);
  }

  @Test
  void map_countsThreeBytesPlusOnePerElementPlusContents() {
    assertThat(ItemSize.of(Map.of("m", AttributeValue.m(Map.of("a", AttributeValue.s("bc")))))).isEqualTo(1 + 3 + 1 + 3);
  }

  @Test
  void list_countsThreeBytesPlusOnePerElementPlusContents() {
    assertThat(ItemSize.of(Map.of("l", AttributeValue.l(List.of(AttributeValue.bool(true), AttributeValue.nul())))))
        .isEqualTo(1 + 3 + 2 + 2);
  }

  @Test
  void stringSet_countsItsMembers() {
    assertThat(ItemSize.of(Map.of("ss", AttributeValue.ss(List.of("ab", "c"))))).isEqualTo(2 + 3);
  }
}
