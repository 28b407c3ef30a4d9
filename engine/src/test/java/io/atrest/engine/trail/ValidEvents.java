package io.atrest.engine.trail;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Holds the tests to their promise that every event they build is a valid CloudTrail record. */
final class ValidEvents {

  static final TrailSchemas SCHEMAS = TrailSchemas.fromClasspath();

  private ValidEvents() {}

  /** The built event, after checking it against its schema. */
  static TrailEvent valid(TrailEvent.Builder builder) {
    TrailEvent event = builder.build();
    SCHEMAS.requireValid(event);
    return event;
  }

  /**
   * Checks every event; events that differ only in ids and times are checked once, since the
   * schemas judge those fields by pattern alone.
   */
  static void requireAllValid(Collection<TrailEvent> events) {
    Set<List<Object>> shapes = new HashSet<>();
    for (TrailEvent event : events) {
      if (shapes.add(shape(event))) {
        SCHEMAS.requireValid(event);
      }
    }
  }

  // Every field but eventID, requestID, eventTime and sharedEventID.
  private static List<Object> shape(TrailEvent e) {
    return Arrays.asList(
        e.eventVersion(),
        e.userIdentity(),
        e.eventSource(),
        e.eventName(),
        e.awsRegion(),
        e.sourceIPAddress(),
        e.userAgent(),
        e.requestParameters(),
        e.responseElements(),
        e.additionalEventData(),
        e.readOnly(),
        e.resources(),
        e.eventType(),
        e.managementEvent(),
        e.eventCategory(),
        e.recipientAccountId(),
        e.serviceEventDetails(),
        e.errorCode(),
        e.errorMessage());
  }
}
