package io.atrest.engine.table;

import io.atrest.engine.table.item.AttributeValue;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What UpdateItem did to one item: the item before (empty when the update created it) and after,
 * from which {@code ReturnValues} ALL_OLD, UPDATED_OLD, ALL_NEW and UPDATED_NEW are drawn.
 */
public record UpdatedItem(Optional<Map<String, AttributeValue>> old, Map<String, AttributeValue> updated) {
  public UpdatedItem {
    old = Objects.requireNonNull(old, "old").map(Map::copyOf);
    updated = Map.copyOf(updated);
  }
}
