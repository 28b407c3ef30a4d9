package io.atrest.serve.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTest {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 57, 58, 4096, 6145})
  void blob_isWrittenAsStandardBase64WithPaddingAndNoLineBreaks(int length) {
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = (byte) (i * 31 + 7);
    }
    var node = Json.NODES.objectNode();

    Json.putBlob(node, "CiphertextBlob", bytes);

    assertThat(new String(Json.bytes(node), StandardCharsets.UTF_8))
        .isEqualTo("{\"CiphertextBlob\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}");
  }

  @Test
  void whitespaceBody_isAnEmptyObject() {
    assertThat(Json.parseObject(" \n".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }
}
