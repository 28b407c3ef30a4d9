package io.atrest.serve.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrest.serve.wire.Protocol;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  private final RequestIds ids = new RequestIds();

  @Test
  void dynamoDbId_is52UpperCaseLettersAndDigits() {
    assertThat(ids.next(Protocol.DYNAMODB)).matches("[A-Z0-9]{52}");
  }

  @Test
  void dynamoDbIds_useEveryCharacterOfTheAlphabet() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      ids.next(Protocol.DYNAMODB).chars().forEach(c -> seen.add((char) c));
    }

    assertThat(seen).hasSize(36);
  }

  @Test
  void dynamoDbIds_areDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(ids.next(Protocol.DYNAMODB));
    }

    assertThat(seen).hasSize(1000);
  }

  @Test
  void kmsId_isARandomUuid() {
    assertThat(UUID.fromString(ids.next(Protocol.KMS)).version()).isEqualTo(4);
  }
}
