package io.atrest.engine.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The records the trail renders are the seed 004 samples, field for field. */
class SeedSamplesTest {

  private static final TrailSchemas SCHEMAS = ValidEvents.SCHEMAS;

  @Test
  void generateDataKeyByDynamoDb_rendersTheSeedSampleExactly() {
    assertThat(SeedEvents.generateDataKey().build().toJson())
        .isEqualTo(SeedEvents.sample("generate-data-key.json"));
  }

  @Test
  void decryptThroughDynamoDb_rendersTheSeedSampleExactly() {
    assertThat(SeedEvents.decrypt().build().toJson()).isEqualTo(SeedEvents.sample("decrypt.json"));
  }

  @Test
  void createGrantThroughDynamoDb_rendersTheSeedSampleExactly() {
    assertThat(SeedEvents.createGrant().build().toJson())
        .isEqualTo(SeedEvents.sample("create-grant.json"));
  }

  @Test
  void currentVersionEventsWithFreshIds_containTheSeedSamplesWhenVaryingFieldsAreIgnored() {
    Ids ids = Ids.seeded(7);
    TrailMatch match = TrailMatch.ignoringVaryingFields().ignoringFields("eventVersion");
    TrailEvent.Builder[] builders = {
      SeedEvents.generateDataKey().sharedEventID(ids.sharedEventId()),
      SeedEvents.decrypt(),
      SeedEvents.createGrant()
    };
    String[] samples = {"generate-data-key.json", "decrypt.json", "create-grant.json"};
    for (int i = 0; i < samples.length; i++) {
      TrailEvent current =
          ValidEvents.valid(
              builders[i]
                  .eventVersion(TrailEvent.CURRENT_EVENT_VERSION)
                  .managementEvent(true)
                  .eventCategory(TrailEvent.MANAGEMENT)
                  .eventID(ids.eventId())
                  .requestID(ids.requestId())
                  .eventTime(Instant.parse("2026-12-01T10:00:00.123Z")));
      assertThat(match.firstMismatch(SeedEvents.sample(samples[i]), current))
          .as(samples[i])
          .isEmpty();
    }
  }

  @Test
  void seedSamples_validateAgainstTheKmsSchema() {
    for (String name :
        new String[] {"generate-data-key.json", "decrypt.json", "create-grant.json"}) {
      assertThat(SCHEMAS.validate(SeedEvents.sample(name), TrailSchemas.KMS)).as(name).isEmpty();
    }
  }

  @Test
  void seedShapedEvents_validateAgainstTheKmsSchema() {
    assertThat(SCHEMAS.validate(SeedEvents.generateDataKey().build())).isEmpty();
    assertThat(SCHEMAS.validate(SeedEvents.decrypt().build())).isEmpty();
    assertThat(SCHEMAS.validate(SeedEvents.createGrant().build())).isEmpty();
  }

  @Test
  void seedShapedEventsAtTheCurrentVersion_validateAgainstTheKmsSchema() {
    TrailEvent current =
        SeedEvents.decrypt()
            .eventVersion(TrailEvent.CURRENT_EVENT_VERSION)
            .managementEvent(true)
            .eventCategory(TrailEvent.MANAGEMENT)
            .build();
    assertThat(SCHEMAS.validate(current)).isEmpty();
  }
}
