package io.atrest.engine.table.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
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
    assertThat(ItemSize.of(Map.of("m", AttributeValue.m(Map.of("a", AttributeValue.s("bc"))))))
        .isEqualTo(1 + 3 + 1 + 3);
  }

  @Test
  void list_countsThreeBytesPlusOnePerElementPlusContents() {
    assertThat(
            ItemSize.of(
                Map.of(
                    "l",
                    AttributeValue.l(List.of(AttributeValue.bool(true), AttributeValue.nul())))))
        .isEqualTo(1 + 3 + 2 + 2);
  }

  @Test
  void stringSet_countsItsMembers() {
    assertThat(ItemSize.of(Map.of("ss", AttributeValue.ss(List.of("ab", "c"))))).isEqualTo(2 + 3);
  }

  @Test
  void bound_isNeverBelowTheExactSize() {
    List<Map<String, AttributeValue>> items =
        List.of(
            Map.of("é", AttributeValue.s("ä€𝄞x"), "n", AttributeValue.n("-123456.789")),
            Map.of(
                "ns",
                AttributeValue.ns(List.of("1", "22222222222222222222222")),
                "b",
                AttributeValue.b(new byte[9])),
            Map.of(
                "m",
                AttributeValue.m(
                    Map.of(
                        "l",
                        AttributeValue.l(
                            List.of(AttributeValue.s("𝄞𝄞"), AttributeValue.nul()))))),
            Map.of("ss", AttributeValue.ss(List.of("", "€€")), "t", AttributeValue.bool(false)));
    for (Map<String, AttributeValue> item : items) {
      assertThat(ItemSize.bound(item)).as("%s", item).isGreaterThanOrEqualTo(ItemSize.of(item));
    }
  }

  @Test
  void itemOfMultiByteTextOverTheLimit_isRefused() {
    Map<String, AttributeValue> item =
        Map.of("a", AttributeValue.s("é".repeat(ItemSize.MAX_BYTES / 2)));
    assertThatThrownBy(() -> ItemSize.requireWithinLimit(item))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Item size has exceeded the maximum allowed size");
  }

  @Test
  void itemOfExactlyTheLimit_isAccepted() {
    Map<String, AttributeValue> item =
        Map.of("a", AttributeValue.s("x".repeat(ItemSize.MAX_BYTES - 1)));
    assertThatCode(() -> ItemSize.requireWithinLimit(item)).doesNotThrowAnyException();
  }
}
