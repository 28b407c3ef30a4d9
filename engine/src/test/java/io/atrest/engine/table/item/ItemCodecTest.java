package io.atrest.engine.table.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ItemCodecTest {
  @Test
  void everyAttributeType_roundTrips() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("s", AttributeValue.s("héllo"));
    item.put("n", AttributeValue.n("-12.5"));
    item.put("b", AttributeValue.b(new byte[] {0, -1, 7}));
    item.put("bool", AttributeValue.bool(true));
    item.put("null", AttributeValue.nul());
    item.put("m", AttributeValue.m(Map.of("x", AttributeValue.s("y"))));
    item.put("l", AttributeValue.l(List.of(AttributeValue.n(1), AttributeValue.s("z"))));
    item.put("ss", AttributeValue.ss(List.of("a", "b")));
    item.put("ns", AttributeValue.ns(List.of("1", "2")));
    item.put("bs", AttributeValue.bs(List.of(new byte[] {1}, new byte[] {2})));
    assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
  }

  @Test
  void itemOfManyKibibytesWithMultiByteText_roundTrips() {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("id", AttributeValue.s("k"));
    item.put("text", AttributeValue.s("ä€𝄞x".repeat(1000)));
    item.put("blob", AttributeValue.b(new byte[5000]));
    assertThat(ItemCodec.decode(ItemCodec.encode(item))).isEqualTo(item);
  }

  @Test
  void keyValueOnItsOwn_isEncodedAsInsideAnItem() {
    // Storage locations are made from these bytes: they must not change with the encoder's path.
    for (AttributeValue v :
        List.of(
            AttributeValue.s("héllo"),
            AttributeValue.n("-12.5"),
            AttributeValue.b(new byte[] {0, -1, 7}))) {
      byte[] inItem = ItemCodec.encode(Map.of("k", v));
      byte[] valuePart = Arrays.copyOfRange(inItem, 4 + 4 + 1, inItem.length);
      assertThat(ItemCodec.encodeValue(v)).as(v.toString()).isEqualTo(valuePart);
    }
  }

  @Test
  void stringKeyValue_isTagThenLengthThenUtf8() {
    assertThat(ItemCodec.encodeValue(AttributeValue.s("ab")))
        .containsExactly(1, 0, 0, 0, 2, 'a', 'b');
  }

  @Test
  void stringLongerThanWhatRemains_isRefused() {
    byte[] encoded = ItemCodec.encode(Map.of("name", AttributeValue.s("value")));
    byte[] truncated = Arrays.copyOf(encoded, encoded.length - 2);
    assertThatThrownBy(() -> ItemCodec.decode(truncated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`5` bytes overruns");
  }
}
