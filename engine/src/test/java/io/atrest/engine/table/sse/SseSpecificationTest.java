package io.atrest.engine.table.sse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrest.engine.table.error.ValidationException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseSpecificationTest {
  @Test
  void absentEnabled_meansOwnedKey() {
    assertThat(new SseSpecification(Optional.empty(), Optional.empty(), Optional.empty()).choice())
        .isEqualTo(SseChoice.AWS_OWNED);
  }

  @Test
  void enabledWithoutKey_meansAwsManagedKey() {
    assertThat(new SseSpecification(Optional.of(true), Optional.empty(), Optional.empty()).choice())
        .isEqualTo(SseChoice.AWS_MANAGED);
  }

  @Test
  void aes256SseType_fails() {
    assertThatThrownBy(
            () ->
                new SseSpecification(Optional.of(true), Optional.of("AES256"), Optional.empty())
                    .choice())
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid request provided: The only valid SSEType is KMS");
  }
}
