package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrailIdTest {

  @Test
  void guid_isWrittenAsAUuid() {
    UUID uuid = UUID.fromString("f8b3c3e2-8a1a-4d5e-9f7b-0123456789ab");

    TrailId id = TrailId.guid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());

    assertThat(id.toString()).isEqualTo("f8b3c3e2-8a1a-4d5e-9f7b-0123456789ab");
  }

  @Test
  void hostId_isWrittenAsGiven() {
    assertThat(TrailId.of("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345").toString())
        .isEqualTo("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345");
  }

  @Test
  void guidAndTextOfTheSameId_areEqual() {
    UUID uuid = UUID.fromString("f8b3c3e2-8a1a-4d5e-9f7b-0123456789ab");
    TrailId guid = TrailId.guid(uuid.getMostSignificantBits(), uuid.getLeastSignificantBits());

    assertThat(guid).isEqualTo(TrailId.of(uuid.toString())).hasSameHashCodeAs(uuid.toString());
  }
}
