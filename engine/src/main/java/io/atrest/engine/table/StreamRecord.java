package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One decrypted stream record: {@code eventName} (INSERT, MODIFY, REMOVE) and the {@code dynamodb}
 * part of a DynamoDB Streams record ({@code SequenceNumber}, {@code Keys}, {@code NewImage}, {@code
 * OldImage}, {@code StreamViewType}); the images are those the view type keeps.
 */
public record StreamRecord(
    String sequenceNumber,
    String eventName,
    String streamViewType,
    Map<String, AttributeValue> keys,
    Optional<Map<String, AttributeValue>> newImage,
    Optional<Map<String, AttributeValue>> oldImage) {

  public StreamRecord {
    Objects.requireNonNull(sequenceNumber, "sequenceNumber");
    Objects.requireNonNull(eventName, "eventName");
    Objects.requireNonNull(streamViewType, "streamViewType");
    keys = Map.copyOf(keys);
    newImage = newImage.map(Map::copyOf);
    oldImage = oldImage.map(Map::copyOf);
  }

  /** From the stored body: {@code Keys}, {@code eventName}, and the images present. */
  static StreamRecord of(long sequence, String viewType, Map<String, AttributeValue> body) {
    return new StreamRecord(
        Long.toString(sequence),
        ((AttributeValue.S) body.get("eventName")).value(),
        viewType,
        map(body.get("Keys")),
        Optional.ofNullable(body.get("NewImage")).map(StreamRecord::map),
        Optional.ofNullable(body.get("OldImage")).map(StreamRecord::map));
  }

  private static Map<String, AttributeValue> map(AttributeValue v) {
    return ((AttributeValue.M) v).value();
  }
}
