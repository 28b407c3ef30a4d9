package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IdsTest {

  private static List<String> draw(Ids ids) {
    return List.of(ids.eventId(), ids.requestId(), ids.sharedEventId(), ids.eventId());
  }

  @Test
  void sameSeed_givesTheSameIds() {
    assertThat(draw(Ids.seeded(42))).isEqualTo(draw(Ids.seeded(42)));
  }

  @Test
  void differentSeeds_giveDifferentIds() {
    assertThat(draw(Ids.seeded(42))).doesNotContainAnyElementsOf(draw(Ids.seeded(43)));
  }

  @Test
  void ids_areLowerCaseVersion4Guids() {
    Ids ids = Ids.seeded(1);
    for (int i = 0; i < 100; i++) {
      String id = ids.eventId();
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      assertThat(UUID.fromString(id).version()).isEqualTo(4);
    }
  }

  @Test
  void successiveIds_areDistinct() {
    Ids ids = Ids.seeded(5);
    Set<String> seen = new HashSet<>();
    Stream.generate(ids::eventId).limit(10_000).forEach(seen::add);

    assertThat(seen).hasSize(10_000);
  }

  @Test
  void idsFromASeededSecureRandom_areThoseOfItsNextLongDraws() throws Exception {
    Ids ids = new Ids(sha1prng(99));
    SecureRandom same = sha1prng(99);
    for (int i = 0; i < 50; i++) {
      long high = (same.nextLong() & ~0xF000L) | 0x4000L;
      long low = (same.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
      assertThat(ids.eventId()).isEqualTo(new UUID(high, low).toString());
    }
  }

  private static SecureRandom sha1prng(long seed) throws Exception {
    SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
    random.setSeed(seed);
    return random;
  }

  @Test
  void idsDrawnAsTrailIds_areTheSameSequenceAsTheirText() {
    Ids text = Ids.seeded(7);
    Ids drawn = Ids.seeded(7);

    List<String> expected = draw(text);
    List<String> actual =
        List.of(
            drawn.nextEventId().toString(),
            drawn.nextRequestId().toString(),
            drawn.nextSharedEventId().toString(),
            drawn.nextEventId().toString());

    assertThat(actual).isEqualTo(expected);
  }
}
